import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { itinera } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

describe('the itinera command', () => {
  const dir = tempDir();

  it('creates an empty project and describes it', () => {
    const file = path.join(dir, 'empty.gpkg');
    const created = itinera(['new', file, '--name', 'Quartier des Arts']);
    expect(created.status).toBe(0);
    expect(created.stdout).toContain('Created project "Quartier des Arts"');
    const info = itinera(['info', file]);
    expect(info.status).toBe(0);
    expect(info.stdout).toContain('Project: Quartier des Arts');
    expect(info.stdout).toMatch(
      /places \(points\): 0\n\s+quarters \(polygons\): 0\n\s+routes \(lines\): 0\n\s+links \(place to place\): 0/,
    );
  });

  it('writes the sample project and answers the nearby query for a heritage site', () => {
    const file = path.join(dir, 'sample.gpkg');
    expect(itinera(['sample', file]).status).toBe(0);
    expect(itinera(['info', file]).stdout).toMatch(
      /\(sample data\)[\s\S]*places \(points\): 21[\s\S]*links \(place to place\): 7/,
    );
    const nearby = itinera(['nearby', file, '--place', '1', '--within', '150']);
    expect(nearby.status).toBe(0);
    expect(nearby.stdout.trim().split('\n')).toEqual([
      'Creative firms and tourism operators within 150 m of Gozzoburg (#1):',
      '     49 m  #13 Studio Hoher Markt (Creative SME or freelancer, Design) [linked]',
      '    113 m  #18 Verlag Piaristengasse (Creative SME or freelancer, Publishing)',
      '    137 m  #20 Wachau Stadtführungen (Guide)',
    ]);
    const json = JSON.parse(itinera(['nearby', file, '--place', '1', '--json']).stdout) as { name: string }[];
    expect(json.map((hit) => hit.name).slice(0, 4)).toEqual([
      'Studio Hoher Markt',
      'Verlag Piaristengasse',
      'Wachau Stadtführungen',
      'Donaufilm Produktion',
    ]);
  });

  it.each([
    [['info'], 2, /needs a project file/],
    [['info', '/nonexistent/x.gpkg'], 1, /\/nonexistent\/x.gpkg does not exist/],
    [['frobnicate'], 2, /Unknown command "frobnicate"/],
    [['nearby', 'x.gpkg'], 2, /needs --place ID/],
    [['serve', '--port', 'abc'], 2, /--port must be a number/],
    [['new', 'x.gpkg', '--colour', 'red'], 2, /Unknown option '--colour'/],
  ])('itinera %j fails with status %i and says why on stderr', (args, status, message) => {
    const result = itinera(args, { ITINERA_DATA_DIR: dir });
    expect(result.status).toBe(status);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('refuses to overwrite an existing file and to open a file that is not a project', () => {
    const file = path.join(dir, 'taken.gpkg');
    fs.writeFileSync(file, 'not a database');
    const created = itinera(['new', file]);
    expect(created.status).toBe(1);
    expect(created.stderr).toContain('already exists');
    expect(fs.readFileSync(file, 'utf8')).toBe('not a database');
    const info = itinera(['info', file]);
    expect(info.status).toBe(1);
    expect(info.stderr).toContain('is not a GeoPackage');
    const nearby = itinera(['nearby', path.join(dir, 'sample.gpkg'), '--place', '999']);
    expect(nearby.status).toBe(1);
    expect(nearby.stderr).toContain('There is no place with id 999.');
  });
});
