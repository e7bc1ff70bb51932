// The vocabulary of ../shared/DOMAIN.md as data: every category, sector, link type and area kind
// the product knows, with the words the UI shows. Identifiers are stable: they are stored in
// project files, so never rename one; add new ones instead.

/** The broad group a category belongs to: a site, or an actor that produces or uses knowledge. */
export type CategoryGroup = 'site' | 'producer' | 'user';

/** Families gather categories that the product treats alike (styling, nearby queries). */
export const CATEGORY_FAMILIES = [
  'heritage',
  'cultural-venue',
  'creative-space',
  'public-space',
  'knowledge-producer',
  'public-body',
  'creative-firm',
  'cultural-institution',
  'tourism-operator',
  'education',
] as const;
export type CategoryFamily = (typeof CATEGORY_FAMILIES)[number];

export interface CategoryDefinition {
  readonly id: string;
  readonly label: string;
  readonly group: CategoryGroup;
  readonly family: CategoryFamily;
}

export const CATEGORIES = [
  // Sites
  { id: 'heritage-site', label: 'Heritage site', group: 'site', family: 'heritage' },
  { id: 'monument', label: 'Monument', group: 'site', family: 'heritage' },
  { id: 'historic-building', label: 'Historic building', group: 'site', family: 'heritage' },
  { id: 'archaeological-site', label: 'Archaeological site', group: 'site', family: 'heritage' },
  { id: 'museum', label: 'Museum', group: 'site', family: 'cultural-venue' },
  { id: 'gallery', label: 'Gallery', group: 'site', family: 'cultural-venue' },
  { id: 'library-archive', label: 'Library or archive', group: 'site', family: 'cultural-venue' },
  { id: 'theatre-venue', label: 'Theatre or venue', group: 'site', family: 'cultural-venue' },
  { id: 'studio-building', label: 'Studio building', group: 'site', family: 'creative-space' },
  { id: 'incubator', label: 'Incubator', group: 'site', family: 'creative-space' },
  { id: 'coworking-space', label: 'Co-working space', group: 'site', family: 'creative-space' },
  { id: 'maker-space', label: 'Maker space', group: 'site', family: 'creative-space' },
  { id: 'public-space', label: 'Public space', group: 'site', family: 'public-space' },
  // Actors: producers of knowledge and technology
  {
    id: 'regional-development-agency',
    label: 'Regional development agency',
    group: 'producer',
    family: 'knowledge-producer',
  },
  {
    id: 'science-technology-centre',
    label: 'Science and technology centre',
    group: 'producer',
    family: 'knowledge-producer',
  },
  {
    id: 'innovation-office',
    label: 'Innovation or technology-transfer office',
    group: 'producer',
    family: 'knowledge-producer',
  },
  {
    id: 'business-development-organisation',
    label: 'Business development organisation',
    group: 'producer',
    family: 'knowledge-producer',
  },
  { id: 'industrial-company', label: 'Industrial company', group: 'producer', family: 'knowledge-producer' },
  {
    id: 'creative-industry-company',
    label: 'Leading creative-industry company',
    group: 'producer',
    family: 'creative-firm',
  },
  // Actors: users of knowledge and technology
  { id: 'municipality', label: 'Municipality', group: 'user', family: 'public-body' },
  { id: 'creative-firm', label: 'Creative SME or freelancer', group: 'user', family: 'creative-firm' },
  {
    id: 'cultural-institution',
    label: 'Content holder / cultural institution',
    group: 'user',
    family: 'cultural-institution',
  },
  { id: 'tour-operator', label: 'Tour operator', group: 'user', family: 'tourism-operator' },
  { id: 'guide', label: 'Guide', group: 'user', family: 'tourism-operator' },
  { id: 'accommodation', label: 'Accommodation', group: 'user', family: 'tourism-operator' },
  { id: 'visitor-information', label: 'Visitor information', group: 'user', family: 'tourism-operator' },
  { id: 'tourism-transport', label: 'Tourism transport', group: 'user', family: 'tourism-operator' },
  { id: 'university', label: 'University', group: 'user', family: 'education' },
  { id: 'vocational-school', label: 'Vocational school', group: 'user', family: 'education' },
  { id: 'school', label: 'School', group: 'user', family: 'education' },
  { id: 'academic-researcher', label: 'Academic or researcher', group: 'user', family: 'education' },
] as const satisfies readonly CategoryDefinition[];

export type CategoryId = (typeof CATEGORIES)[number]['id'];
export const CATEGORY_IDS = CATEGORIES.map((category) => category.id) as [CategoryId, ...CategoryId[]];

const categoriesById = new Map<string, CategoryDefinition>(CATEGORIES.map((category) => [category.id, category]));

export function getCategory(id: CategoryId): CategoryDefinition {
  const category = categoriesById.get(id);
  if (!category) throw new Error(`Unknown category "${id}"`);
  return category;
}

/** Categories that carry a creative sector: creative SMEs, freelancers and leading companies. */
export function categoryHasSector(id: CategoryId): boolean {
  return getCategory(id).family === 'creative-firm';
}

export const FAMILY_LABELS: Record<CategoryFamily, string> = {
  heritage: 'Heritage sites',
  'cultural-venue': 'Museums, galleries and venues',
  'creative-space': 'Creative spaces',
  'public-space': 'Public spaces',
  'knowledge-producer': 'Producers of knowledge and technology',
  'public-body': 'Municipalities',
  'creative-firm': 'Creative firms',
  'cultural-institution': 'Cultural institutions',
  'tourism-operator': 'Tourism operators',
  education: 'Education and research',
};

export const SECTORS = [
  { id: 'design', label: 'Design' },
  { id: 'architecture', label: 'Architecture' },
  { id: 'film-video', label: 'Film and video' },
  { id: 'music', label: 'Music' },
  { id: 'publishing', label: 'Publishing' },
  { id: 'games-software', label: 'Games and software' },
  { id: 'crafts', label: 'Crafts' },
  { id: 'visual-arts', label: 'Visual arts' },
  { id: 'performing-arts', label: 'Performing arts' },
  { id: 'advertising', label: 'Advertising' },
  { id: 'heritage-services', label: 'Heritage services' },
] as const;
export type SectorId = (typeof SECTORS)[number]['id'];
export const SECTOR_IDS = SECTORS.map((sector) => sector.id) as [SectorId, ...SectorId[]];

/**
 * The sectors in groups of related activities, after KEA's "Economy of Culture in Europe" (2006)
 * for the European Commission: the core arts field, the cultural industries, and the creative
 * industries and activities. Related variety (Frenken et al. 2007) is the diversity within these
 * groups, unrelated variety the diversity between them.
 */
export const SECTOR_GROUPS = [
  {
    id: 'core-arts',
    label: 'Core arts and heritage',
    sectors: ['visual-arts', 'performing-arts', 'crafts', 'heritage-services'],
  },
  {
    id: 'cultural-industries',
    label: 'Cultural industries',
    sectors: ['film-video', 'music', 'publishing', 'games-software'],
  },
  { id: 'creative-industries', label: 'Creative industries', sectors: ['design', 'architecture', 'advertising'] },
] as const satisfies readonly { id: string; label: string; sectors: readonly SectorId[] }[];
export type SectorGroupId = (typeof SECTOR_GROUPS)[number]['id'];

export function sectorGroupOf(sector: SectorId): SectorGroupId {
  const group = SECTOR_GROUPS.find((entry) => (entry.sectors as readonly SectorId[]).includes(sector));
  if (!group) throw new Error(`Sector "${sector}" is in no sector group`);
  return group.id;
}

export const LINK_TYPES = [
  { id: 'project-partner', label: 'Partner in a project' },
  { id: 'supplier-client', label: 'Supplier or client' },
  { id: 'tenant', label: 'Tenant of a space' },
  { id: 'funder', label: 'Funder' },
  { id: 'event-co-organiser', label: 'Co-organiser of an event' },
  { id: 'network-member', label: 'Member of a network' },
  { id: 'knowledge-exchange', label: 'Knowledge exchange or mentoring' },
  { id: 'shares-space', label: 'Shares a space' },
  { id: 'uses-heritage-site', label: 'Uses a heritage site' },
] as const;
export type LinkTypeId = (typeof LINK_TYPES)[number]['id'];
export const LINK_TYPE_IDS = LINK_TYPES.map((type) => type.id) as [LinkTypeId, ...LinkTypeId[]];

export const QUARTER_KINDS = [
  { id: 'cultural-quarter', label: 'Cultural quarter' },
  { id: 'shared-creative-space', label: 'Shared creative space' },
  { id: 'heritage-protection-zone', label: 'Heritage protection zone' },
  { id: 'regional-cluster-area', label: 'Regional cluster area' },
] as const;
export type QuarterKindId = (typeof QUARTER_KINDS)[number]['id'];
export const QUARTER_KIND_IDS = QUARTER_KINDS.map((kind) => kind.id) as [QuarterKindId, ...QuarterKindId[]];

/**
 * How strong a link is, 1 to 5 (null: not assessed). A small ordinal scale rather than weak /
 * medium / strong: fine enough to rank brokers and weak ties, coarse enough to fill in quickly.
 */
export const LINK_STRENGTHS = [
  { id: 1, label: 'Very weak' },
  { id: 2, label: 'Weak' },
  { id: 3, label: 'Moderate' },
  { id: 4, label: 'Strong' },
  { id: 5, label: 'Very strong' },
] as const;
export const MIN_LINK_STRENGTH = 1;
export const MAX_LINK_STRENGTH = 5;

/** The levels of a creative cluster (DOMAIN.md), as groups places and areas belong to. */
export const GROUP_LEVELS = [
  { id: 'quarter', label: 'Cultural quarter / shared creative space' },
  { id: 'regional-cluster', label: 'Digital technology and content cluster' },
  { id: 'cultural-route', label: 'Cultural route' },
  { id: 'international-network', label: 'International network' },
] as const;
export type GroupLevelId = (typeof GROUP_LEVELS)[number]['id'];
export const GROUP_LEVEL_IDS = GROUP_LEVELS.map((level) => level.id) as [GroupLevelId, ...GroupLevelId[]];

/** Kinds of events (soft infrastructure in time). */
export const EVENT_KINDS = [
  { id: 'workshop', label: 'Workshop' },
  { id: 'festival', label: 'Festival' },
  { id: 'open-studio', label: 'Open studio' },
  { id: 'exchange', label: 'Knowledge exchange' },
  { id: 'exhibition', label: 'Exhibition' },
  { id: 'performance', label: 'Performance' },
  { id: 'conference', label: 'Conference or talk' },
  { id: 'networking', label: 'Networking meeting' },
  { id: 'other', label: 'Other' },
] as const;
export type EventKindId = (typeof EVENT_KINDS)[number]['id'];
export const EVENT_KIND_IDS = EVENT_KINDS.map((kind) => kind.id) as [EventKindId, ...EventKindId[]];

/** Types of user-defined custom fields. */
export const CUSTOM_FIELD_TYPES = [
  { id: 'text', label: 'Text' },
  { id: 'number', label: 'Number' },
  { id: 'date', label: 'Date' },
  { id: 'choice', label: 'Choice' },
  { id: 'boolean', label: 'Yes/no' },
  { id: 'url', label: 'Web address' },
] as const;
export type CustomFieldTypeId = (typeof CUSTOM_FIELD_TYPES)[number]['id'];
export const CUSTOM_FIELD_TYPE_IDS = CUSTOM_FIELD_TYPES.map((type) => type.id) as [
  CustomFieldTypeId,
  ...CustomFieldTypeId[],
];

/** Actors (organisations) as opposed to sites: the places that can take part in an event. */
export function categoryIsActor(id: CategoryId): boolean {
  return getCategory(id).group !== 'site';
}

export const ROUTE_MODES = [
  { id: 'walk', label: 'On foot' },
  { id: 'wheelchair', label: 'By wheelchair' },
  { id: 'bicycle', label: 'By bicycle' },
  { id: 'car', label: 'By car' },
] as const;
export type RouteModeId = (typeof ROUTE_MODES)[number]['id'];
export const ROUTE_MODE_IDS = ROUTE_MODES.map((mode) => mode.id) as [RouteModeId, ...RouteModeId[]];

/** What the nearby query looks for by default: the actors a heritage site can work with. */
export const DEFAULT_NEARBY_FAMILIES: readonly CategoryFamily[] = ['creative-firm', 'tourism-operator'];

export function labelOf(list: readonly { id: string; label: string }[], id: string): string {
  return list.find((entry) => entry.id === id)?.label ?? id;
}
