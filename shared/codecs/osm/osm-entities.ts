// What the OpenStreetMap readers produce: nodes, ways and relations, one at a time, so that an
// extract of several hundred megabytes never sits in memory at once. The readers take the file
// as chunks (an async iterable of bytes); the Node side opens, and gunzips, the file.

export type OsmType = 'node' | 'way' | 'relation';
export type OsmTags = Record<string, string>;

export interface OsmNode {
  type: 'node';
  id: number;
  longitude: number;
  latitude: number;
  tags: OsmTags;
}

export interface OsmWay {
  type: 'way';
  id: number;
  /** Node ids in order. */
  refs: number[];
  tags: OsmTags;
}

export interface OsmMember {
  type: OsmType;
  ref: number;
  role: string;
}

export interface OsmRelation {
  type: 'relation';
  id: number;
  members: OsmMember[];
  tags: OsmTags;
}

export type OsmEntity = OsmNode | OsmWay | OsmRelation;

/**
 * Which entities a pass wants. A reader may skip decoding what nobody asked for (tags of
 * nodes, say), so a pass over the nodes alone is cheaper than a full read.
 */
export interface OsmVisitor {
  node?(node: OsmNode): void;
  way?(way: OsmWay): void;
  relation?(relation: OsmRelation): void;
}

/** The file as chunks; called once per pass (the import reads the file up to three times). */
export type OsmSource = () => AsyncIterable<Uint8Array>;

/** Ids beyond 2^53 cannot be represented exactly; OSM is far from them (about 1.3e10 in 2025). */
export function checkOsmId(id: number): boolean {
  return Number.isSafeInteger(id) && id > 0;
}
