import { migration0001 } from './0001-init.js';

export interface Migration {
  /** Consecutive from 1; recorded in itinera_migrations once applied. */
  id: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [migration0001];
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
