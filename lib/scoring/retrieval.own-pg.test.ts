import pg from "pg";
import { describeRetrieval } from "@/test/helpers/retrieval-suite";

// Retrieval loses none of the best on PostgreSQL, where the estimate runs in parallel workers, each keeping
// its best (the suite: test/helpers/retrieval-suite.ts). Parallel plans are made cheap for this database, so
// that a pool this small is estimated in workers too, as 100,000 and more are by default.

describeRetrieval(async () => {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ name: string }>(`SELECT current_database() AS "name"`);
    await admin.query(
      `ALTER DATABASE "${rows[0]!.name}" SET parallel_setup_cost = 0; ALTER DATABASE "${rows[0]!.name}" SET parallel_tuple_cost = 0;
       ALTER DATABASE "${rows[0]!.name}" SET min_parallel_table_scan_size = 0`,
    );
  } finally {
    await admin.end();
  }
});
