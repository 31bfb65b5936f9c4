// The log of traced LLM calls ("Generation" rows) as the registry and the gateway both read it.
export { GENERATION_USAGE_COLUMNS, generationUsage, type GenerationUsage, type GenerationUsageRow } from "./usage";
