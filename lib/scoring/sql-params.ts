// SQL built as text with its values as parameters: the retrieval estimate, the facts' part of it and the
// ranking filters compose into one statement, each adding its values as it is written.

/** SQL whose values go in as parameters of the statement it is part of. */
export type SqlWithParams = (param: (value: unknown, type: string) => string) => string;

/** Parameters gathered as SQL is written: `param(value, type)` adds one and gives its placeholder. */
export function sqlParameters(first: unknown[] = []) {
  const params = [...first];
  return { params, param: (value: unknown, type: string) => `$${params.push(value)}::${type}` };
}

/** The condition as SQL, or TRUE for none (a ranking's filters, when it has any). */
export const keptBy = (within: SqlWithParams | undefined, param: Parameters<SqlWithParams>[0]) =>
  within ? `(${within(param)})` : "TRUE";
