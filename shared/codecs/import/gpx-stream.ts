import { NotStreamable } from './geojson-stream.js';

// A GPX file read in pieces: the text is cut into the root's waypoints, routes and tracks, each
// handed on with the line it starts on, so the file is never one string or one document. A route
// or track of many points is not kept as text: its points are read here as they come (position,
// height, line) and only a skeleton of the element is kept: its other children, and the points
// that hold what togeojson reads into the route's or track's properties (the first <name>,
// <time>, <desc>... of the element, which may be a point's, and every <link>). Anything this does not expect (a
// DOCTYPE, a root other than an unprefixed <gpx>, markup that does not close) ends the reading
// with NotStreamable: the caller then reads the whole file, which says where it breaks.

/** A segment of a long route or track as read here (togeojson's parseFloat of lat, lon and ele). */
export interface ScannedSegment {
  /**
   * Its usable points' longitude and latitude (when kept), packed two numbers a point (the first
   * `2 × valid` of the array; it grows by doubling): a million points take 16 MB here, where as
   * arrays of two numbers they took 64. Heights are only noted, as Itinera stores none.
   */
  coordinates: Float64Array;
  /** How many usable points it has. */
  valid: number;
  /** Whether some point has a height. */
  heights: boolean;
  /** The lines of its points without a usable position. */
  badLines: number[];
}

export interface GpxElement {
  tag: 'wpt' | 'rte' | 'trk';
  /** The line of the file the element starts on. */
  line: number;
  /** The element's text; for a long route or track its skeleton (points left out, see above). */
  text: string;
  /** A long route's or track's points, per segment (a route has one); null when `text` is whole. */
  segments: ScannedSegment[] | null;
  /** The root's start tag (its namespaces), on one line. */
  root: string;
}

export interface GpxSplitter {
  push(text: string): void;
  end(): void;
}

const LINES = new Set(['rte', 'trk']);

const newSegment = (): ScannedSegment => ({ coordinates: new Float64Array(0), valid: 0, heights: false, badLines: [] });

/** Adds a point's position to its segment's packed coordinates (the `valid`-th, counted already). */
function pushPosition(segment: ScannedSegment, longitude: number, latitude: number): void {
  const at = 2 * (segment.valid - 1);
  if (at + 2 > segment.coordinates.length) {
    const grown = new Float64Array(Math.max(256, segment.coordinates.length * 2));
    grown.set(segment.coordinates);
    segment.coordinates = grown;
  }
  segment.coordinates[at] = longitude;
  segment.coordinates[at + 1] = latitude;
}
/** The elements whose children are points and segments: blank text in them means nothing. */
const STRUCTURE = new Set(['rte', 'trk', 'trkseg']);

/**
 * A copy of a piece of the text that does not keep the whole piece of the file it was cut from
 * alive (a cut of a string may share its memory): the skeleton of a long track lives as long as
 * the track is read.
 */
const detach = (text: string): string => (text.length < 16 ? text : (JSON.parse(JSON.stringify(text)) as string));
/** What togeojson reads into a route's or track's properties from its first descendant of that name. */
const PROPERTY_TAGS = new Set(['name', 'cmt', 'desc', 'type', 'time', 'keywords']);

const attribute = (tag: string, name: string): string =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined) ?? '';

const decode = (text: string) =>
  text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[\da-f]+);/gi, (all, name: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (named[name.toLowerCase()]) return named[name.toLowerCase()]!;
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });

/** Where the markup starting at `at` ends (one past it), or -1 when the text so far does not hold it. */
function markupEnd(text: string, at: number): number {
  if (text.startsWith('<!--', at)) return end(text.indexOf('-->', at + 4), 3);
  if (text.startsWith('<![CDATA[', at)) return end(text.indexOf(']]>', at + 9), 3);
  if (text.startsWith('<?', at)) return end(text.indexOf('?>', at + 2), 2);
  if (text.startsWith('<!', at)) {
    if (text.length - at < 9) return -1;
    throw new NotStreamable('a DOCTYPE or declaration');
  }
  let quote = 0;
  for (let i = at + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (quote) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) quote = code;
    else if (code === 62) return i + 1;
  }
  return -1;
}
const end = (found: number, length: number) => (found < 0 ? -1 : found + length);

const nameOf = (tag: string) => /^<\/?([^\s/>]+)/.exec(tag)?.[1] ?? '';

/**
 * Cuts the GPX text into its waypoints, routes and tracks. Routes and tracks of more than
 * `scanFrom` points are read point by point (`segments`); with `keepPositions` false their points
 * are only counted (a first reading, for the columns).
 */
export function createGpxSplitter(
  onElement: (element: GpxElement) => void,
  scanFrom: number,
  keepPositions = true,
): GpxSplitter {
  let rest = '';
  let line = 1;
  let depth = 0; // 0 before the root, 1 in the root, more inside its children
  let rootDone = false;
  let rootTag = '';
  // The child of the root being read.
  let current: {
    tag: GpxElement['tag'] | null;
    line: number;
    text: string | null; // whole text, until it has too many points
    skeleton: string;
    segments: ScannedSegment[];
    segment: ScannedSegment | null; // the segment being read (a route's only one)
    points: number;
    point: { longitude: number; latitude: number; line: number } | null; // the point being read
    open: string[]; // the elements open inside the route or track (points aside)
    pointText: string;
    pointTags: Set<string>; // the names of the elements inside the point being read
    found: Set<string>; // the property elements the skeleton holds already
    inHeight: boolean;
    height: string | null; // the first <ele>'s text, once one started
  } | null = null;

  const begin = (tag: string) => {
    const name = nameOf(tag);
    const kind = name === 'wpt' || name === 'rte' || name === 'trk' ? name : null;
    const route = newSegment();
    current = {
      tag: kind,
      line,
      text: kind ? '' : null,
      skeleton: '',
      segments: name === 'rte' ? [route] : [],
      segment: name === 'rte' ? route : null,
      points: 0,
      point: null,
      open: [],
      pointText: '',
      pointTags: new Set(),
      found: new Set(),
      inHeight: false,
      height: null,
    };
  };

  /** A piece of markup or text inside the current child (`depth` already counts an opening tag). */
  const inside = (piece: string, kind: 'open' | 'close' | 'empty' | 'text' | 'other') => {
    const element = current!;
    if (!element.tag) return;
    if (element.text !== null) element.text += piece;
    if (!LINES.has(element.tag)) return;
    const name = kind === 'text' || kind === 'other' ? '' : nameOf(piece);
    const pointName = element.tag === 'rte' ? 'rtept' : 'trkpt';
    if (element.point) {
      element.pointText += piece;
      if (kind === 'open' || kind === 'empty') element.pointTags.add(name);
      if ((kind === 'open' || kind === 'empty') && name === 'ele' && element.height === null) {
        element.height = '';
        element.inHeight = kind === 'open';
      } else if (element.inHeight && kind === 'text') element.height += piece;
      else if (element.inHeight && kind === 'close') element.inHeight = false;
      if (kind === 'close' && name === pointName) endPoint(element);
      return;
    }
    if ((kind === 'open' || kind === 'empty') && name === pointName) {
      element.point = {
        longitude: Number.parseFloat(decode(attribute(piece, 'lon'))),
        latitude: Number.parseFloat(decode(attribute(piece, 'lat'))),
        line,
      };
      element.pointText = piece;
      element.pointTags.clear();
      element.height = null;
      if (kind === 'empty') endPoint(element);
      return;
    }
    if (element.tag === 'trk' && name === 'trkseg') {
      if (kind === 'close') element.segment = null;
      else element.segments.push((element.segment = newSegment()));
    }
    if (kind === 'open' || kind === 'empty') element.found.add(name);
    if (kind === 'open') element.open.push(name);
    else if (kind === 'close') element.open.pop();
    // Blanks between the points and segments are no one's text: the skeleton leaves them out.
    else if (kind === 'text' && STRUCTURE.has(element.open.at(-1) ?? '') && piece.trim() === '') return;
    element.skeleton += detach(piece);
  };

  const endPoint = (element: NonNullable<typeof current>) => {
    const { longitude, latitude, line: pointLine } = element.point!;
    // A track point outside any segment is not part of the line (togeojson reads segments).
    if (element.segment && (Number.isNaN(longitude) || Number.isNaN(latitude)))
      element.segment.badLines.push(pointLine);
    else if (element.segment) {
      element.segment.valid++;
      if (keepPositions) pushPosition(element.segment, longitude, latitude);
      if (!element.segment.heights && !Number.isNaN(Number.parseFloat(decode(element.height ?? ''))))
        element.segment.heights = true;
    }
    // The point stays in the skeleton when togeojson would read a property from it.
    let keep = element.pointTags.has('link');
    for (const tag of element.pointTags)
      if (PROPERTY_TAGS.has(tag) && !element.found.has(tag)) {
        element.found.add(tag);
        keep = true;
      }
    if (keep) element.skeleton += detach(element.pointText);
    if (++element.points > scanFrom) element.text = null;
    element.point = null;
    element.pointText = '';
  };

  const finish = () => {
    const element = current!;
    current = null;
    if (!element.tag) return;
    const whole = element.text !== null;
    onElement({
      tag: element.tag,
      line: element.line,
      text: whole ? element.text! : element.skeleton,
      segments: whole ? null : element.segments,
      root: rootTag,
    });
  };

  function markup(tag: string): void {
    if (tag.startsWith('<!--') || tag.startsWith('<?')) {
      if (depth >= 2) inside(tag, 'other');
      return;
    }
    if (tag.startsWith('<![CDATA[')) {
      if (depth < 2) return;
      return inside(tag, 'text');
    }
    const closing = tag.startsWith('</');
    const empty = !closing && tag.endsWith('/>');
    if (depth === 0) {
      if (rootDone || closing) throw new NotStreamable('markup after the root');
      if (nameOf(tag) !== 'gpx') throw new NotStreamable('the root is not <gpx>');
      rootTag = tag.replace(/\s+/g, ' ');
      if (empty) rootDone = true;
      else depth = 1;
      return;
    }
    if (closing) {
      depth--;
      if (depth === 0) {
        rootDone = true;
        return;
      }
      inside(tag, 'close');
      if (depth === 1) finish();
      return;
    }
    if (depth === 1) begin(tag);
    if (empty) {
      inside(tag, 'empty');
      if (depth === 1) finish();
      return;
    }
    depth++;
    inside(tag, 'open');
  }

  function push(text: string): void {
    rest += text;
    let at = 0;
    for (;;) {
      const open = rest.indexOf('<', at);
      const textEnd = open < 0 ? rest.length : open;
      if (textEnd > at) {
        const piece = rest.slice(at, textEnd);
        if (depth >= 2) inside(piece, 'text');
        else if (depth === 0 && rootDone && piece.trim() !== '') throw new NotStreamable('text after the root');
        line += count(piece);
        at = textEnd;
      }
      if (open < 0) break;
      const close = markupEnd(rest, open);
      if (close < 0) break;
      const tag = rest.slice(open, close);
      markup(tag);
      line += count(tag);
      at = close;
    }
    rest = rest.slice(at);
  }

  return {
    push,
    end() {
      if (rest.trim() !== '' || !rootDone) throw new NotStreamable('the text ends before the root does');
    },
  };
}

function count(text: string): number {
  let lines = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}
