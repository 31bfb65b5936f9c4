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
    const name = rows[0]!.name;
    for (const setting of ["parallel_setup_cost", "parallel_tuple_cost", "min_parallel_table_scan_size"]) {
      await admin.query(`ALTER DATABASE "${name}" SET ${setting} = 0`);
    }
  } finally {
    await admin.end();
  }
});
