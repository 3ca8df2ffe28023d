import pg from "pg";
const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
await c.connect();
const r = await c.query(`SELECT now() - query_start AS t, left(regexp_replace(query, '\\s+', ' ', 'g'), 120) AS q FROM pg_stat_activity WHERE datname = 'tiltaksanbud_history' AND state = 'active'`);
console.log(r.rows);
await c.end();
