import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createImportService } from '../../../electron/services/transfer/import-service.js';
import { createProjectStore, openProjectStore } from '../../../electron/store/project-store.js';
import { createTranslator } from '../../../shared/i18n/translator.js';
import { HOSTILE_FILES } from '../../fixtures/hostile-corpus.js';
import { tempDir } from '../../helpers/temp-dir.js';

// Each broken or hostile file gets a clear message (file, where, why), the process survives,
// memory stays bounded, and the project is either unchanged or gains exactly the good rows.

describe('broken and hostile import files', () => {
  const dir = tempDir('itinera-hostile-');
  const project = path.join(dir, 'project.gpkg');
  createProjectStore(project).close();

  it('the corpus has at least 30 files', () => {
    expect(HOSTILE_FILES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(HOSTILE_FILES.map((file) => [file.name, file.why, file] as const))('%s (%s)', async (_, __, hostile) => {
    const source = path.join(dir, hostile.name);
    fs.writeFileSync(source, hostile.bytes());
    const copy = path.join(dir, `copy-${hostile.name}.gpkg`);
    fs.copyFileSync(project, copy);
    const before = fs.readFileSync(copy);
    const heapBefore = process.memoryUsage().heapUsed;
    const opened = openProjectStore(copy);
    try {
      const importing = createImportService(opened).importFile(source, 'museum');
      if (hostile.error) {
        await expect(importing).rejects.toThrow(hostile.error);
        opened.close();
        expect(fs.readFileSync(copy).equals(before), 'the project file must be unchanged').toBe(true);
      } else {
        const result = await importing;
        expect(result.added.places).toBe(hostile.skipped!.added);
        const english = createTranslator('en');
        const messages = result.skipped.map((problem) => `#${problem.position}: ${english.t(problem.message)}`);
        expect(messages).toHaveLength(hostile.skipped!.messages.length);
        hostile.skipped!.messages.forEach((pattern, index) => expect(messages[index]).toMatch(pattern));
        if (hostile.skipped!.added === 0) {
          opened.close();
          expect(fs.readFileSync(copy).equals(before), 'nothing accepted: the project file must be unchanged').toBe(
            true,
          );
        }
      }
    } finally {
      opened.close();
    }
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(400 * 1024 * 1024);
  });
});
