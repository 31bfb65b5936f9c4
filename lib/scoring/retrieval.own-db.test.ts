import { describeRetrieval } from "@/test/helpers/retrieval-suite";

// Retrieval loses none of the best, on the embedded database (the suite: test/helpers/retrieval-suite.ts).

describeRetrieval();
