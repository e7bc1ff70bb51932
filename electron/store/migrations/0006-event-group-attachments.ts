import { mappingTable } from './0004-attachments.js';

// Migration 0006: attachments and annotations on events and groups too (issue #3): the same
// Related Tables mapping tables as 0004 for the feature tables of migration 0005.

const tables = ['events', 'cluster_groups'];

export const migration0006 = {
  id: 6,
  name: 'event-group-attachments',
  sql: `
${tables
  .map((table) =>
    mappingTable(
      table,
      'attachments',
      'media',
      `Attachments of ${table}: base_id is the ${table === 'events' ? 'event' : 'group'}, related_id the attachment`,
    ),
  )
  .join('\n')}
${tables
  .map((table) =>
    mappingTable(
      table,
      'annotations',
      'attributes',
      `Annotations of ${table}: base_id is the ${table === 'events' ? 'event' : 'group'}, related_id the annotation`,
    ),
  )
  .join('\n')}
`,
};
