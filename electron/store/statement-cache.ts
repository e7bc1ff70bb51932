import type Database from 'better-sqlite3';

/**
 * Prepared statements kept by their SQL text (building a statement costs more than running a
 * small one). NOTE: better-sqlite3 keeps raw() and pluck() on the statement object, and two callers
 * with the same text share it: each reader comes back plain (objects), so a caller that wants
 * arrays or single values says so each time.
 */
export function statementCache(db: Database.Database): (sql: string) => Database.Statement {
  const statements = new Map<string, Database.Statement>();
  return (sql) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    else if (statement.reader) statement.pluck(false).raw(false);
    return statement;
  };
}
