import { migration0001 } from './0001-init.js';
import { migration0002 } from './0002-osm.js';
import { migration0003 } from './0003-network.js';
import { migration0004 } from './0004-attachments.js';
import { migration0005 } from './0005-workspace.js';
import { migration0006 } from './0006-event-group-attachments.js';
import { migration0007 } from './0007-basemap-tiles.js';
import { migration0008 } from './0008-basemap-files.js';
import { migration0009 } from './0009-raster-tile-pyramids.js';
import { migration0010 } from './0010-edit-label-messages.js';
import { migration0011 } from './0011-network-tags.js';
import { migration0012 } from './0012-routed-routes.js';
import { migration0013 } from './0013-content-languages.js';
import { migration0014 } from './0014-imported-attributes.js';
import { migration0015 } from './0015-osm-creative-classification.js';
import { migration0016 } from './0016-attachment-credits.js';
import { migration0017 } from './0017-report-snapshots.js';
import { migration0018 } from './0018-feature-counts.js';
import { migration0019 } from './0019-stable-identity.js';

export interface Migration {
  /** Consecutive from 1; recorded in itinera_migrations once applied. */
  id: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
  migration0013,
  migration0014,
  migration0015,
  migration0016,
  migration0017,
  migration0018,
  migration0019,
];
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
