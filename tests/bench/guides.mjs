// Printed route guides of `npm run bench` (issue #16): a 12-stop guide with photos (goal: under
// 10 s and 5 MB) and a 30-stop booklet (under 30 s and 10 MB), made by `itinera guide` in the
// system's Chromium. The reference, measured in the same run, is that Chromium printing an empty
// page to PDF: what a guide costs beyond starting the browser.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** `itinera serve` on the project, for adding places, photos and routes through the API. */
function serve(bin, project) {
  const child = spawn(process.execPath, [bin, 'serve', '--no-open', '--project', project], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.on('exit', (code) => reject(new Error(`itinera serve exited with ${code}`)));
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /running at (http:\/\/127\.0\.0\.1:\d+)\/\?token=([\w-]+)/.exec(out);
      if (!match) return;
      child.removeAllListeners('exit');
      const call = async (channel, input) => {
        const response = await fetch(`${match[1]}/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Itinera-Token': match[2], Origin: match[1] },
          body: JSON.stringify(input),
        });
        const body = await response.json();
        if (!body.ok) throw new Error(`${channel}: ${JSON.stringify(body.error)}`);
        return body.value;
      };
      resolve({ call, stop: () => new Promise((done) => child.once('exit', done) && child.kill('SIGTERM')) });
    });
  });
}

/** A camera-sized photo (3000 × 2000, JPEG, a few MB): noise over a gradient, as ImageMagick makes it. */
function cameraPhoto(file, seed) {
  execFileSync('convert', [
    '-size',
    '3000x2000',
    '-seed',
    String(seed),
    `gradient:#${(0x305070 + seed * 0x101010).toString(16).slice(-6)}-#e0c090`,
    '-attenuate',
    '0.6',
    '+noise',
    'Gaussian',
    '-quality',
    '90',
    file,
  ]);
  return fs.readFileSync(file).toString('base64');
}

export async function guideWorkloads({ root, work, measure, itinera, record, tools, notMeasured, load }) {
  if (!tools.chromium) {
    record({
      name: 'Route guide PDF (12 stops with photos)',
      size: 12,
      unit: 's',
      itinera: { value: null },
      references: [notMeasured('Chromium printing an empty page', 'chromium')],
    });
    return;
  }
  const project = path.join(work, 'guides.gpkg');
  fs.rmSync(project, { force: true });
  measure(...itinera('sample', project));
  const api = await serve(path.join(root, 'bin', 'itinera.js'), project);
  const routes = {};
  try {
    const places = await api.call('places:list:query', {});
    // 30 stops: the sample's places and more around the old town's centre.
    const centre = places[0];
    for (let index = places.length; index < 30; index++) {
      const angle = (index / 30) * 2 * Math.PI;
      places.push(
        await api.call('places:item:create', {
          name: `Workshop ${index + 1}`,
          category: 'studio-building',
          description: 'A studio of the creative quarter, open to visitors on Saturdays. '.repeat(3),
          longitude: centre.longitude + 0.004 * Math.cos(angle),
          latitude: centre.latitude + 0.0025 * Math.sin(angle),
        }),
      );
    }
    for (const [index, place] of places.slice(0, 30).entries()) {
      await api.call('attachments:item:add', {
        featureType: 'place',
        featureId: place.id,
        fileName: `photo-${index + 1}.jpg`,
        contentBase64: cameraPhoto(path.join(work, 'photo.jpg'), index),
        credit: 'Bench photographer',
        license: 'CC BY 4.0',
      });
    }
    for (const stops of [12, 30])
      routes[stops] = (
        await api.call('routes:item:create', {
          name: `Guide of ${stops} stops`,
          stopPlaceIds: places.slice(0, stops).map((place) => place.id),
        })
      ).id;
  } finally {
    await api.stop();
  }
  const blank = path.join(work, 'blank.pdf');
  const reference = measure('/usr/bin/chromium', [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    `--user-data-dir=${path.join(work, 'chromium-profile')}`,
    `--print-to-pdf=${blank}`,
    'about:blank',
  ]);
  for (const [stops, layout, seconds, megabytes] of [
    [12, 'leaflet', 10, 5],
    [30, 'booklet', 30, 10],
  ]) {
    const pdf = path.join(work, `guide-${stops}.pdf`);
    const ours = measure(...itinera('guide', project, '--route', String(routes[stops]), '--layout', layout, pdf));
    const sizeMB = fs.statSync(pdf).size / 1024 / 1024;
    const label = `Route guide PDF (${stops} stops with photos, ${layout})`;
    const notes = `camera photos of 3000 × 2000 pixels (JPEG, about ${(fs.statSync(path.join(work, 'photo.jpg')).size / 1024 / 1024).toFixed(1)} MB each) at every stop; ${load()}`;
    record({
      name: label,
      size: stops,
      unit: 's',
      itinera: { value: ours.seconds, peakMB: ours.peakMB, cpuSeconds: ours.cpuSeconds },
      references: [{ name: 'Chromium printing an empty page', value: reference.seconds }],
      target: { text: `< ${seconds} s` },
      check: (_ratio, itinera) => (itinera.value === null ? null : itinera.value < seconds),
      notes,
    });
    record({
      name: `${label}: file size`,
      size: stops,
      unit: 'MB',
      itinera: { value: sizeMB },
      references: [{ name: 'the goal', value: megabytes }],
      target: { text: `< ${megabytes} MB` },
      check: (_ratio, itinera) => itinera.value < megabytes,
      notes: `${execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)?.[1] ?? '?'} pages`,
    });
  }
}
