import { migration0001 } from './0001-init.js';
import { migration0002 } from './0002-osm.js';

export interface Migration {
  /** Consecutive from 1; recorded in itinera_migrations once applied. */
  id: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002];
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
