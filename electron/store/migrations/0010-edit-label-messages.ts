// Migration 0010: edit names (Undo "Move Gozzoburg") stored as a message id with values (JSON),
// so each reader sees them in their own language. `label` keeps the English text for other
// tools (QGIS, SQL); rows written before have only that, and are shown as written.

export const migration0010 = {
  id: 10,
  name: 'edit-label-messages',
  sql: `
ALTER TABLE itinera_operations ADD COLUMN label_message TEXT;
`,
};
