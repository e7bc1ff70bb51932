import { defineMessages } from '../define-messages.js';

// The typology's words (shared/model/typology.ts, ../shared/DOMAIN.md) as messages: kinds of
// place, families, creative sectors, link types, area kinds, link strengths, cluster levels,
// event kinds, custom field types and travel modes. Ids are the stored identifiers.

export const categoryMessages = defineMessages({
  'heritage-site': {
    id: 'category.heritage-site',
    defaultMessage: 'Heritage site',
    description: 'Kind of place (cultural heritage and creative clusters): a site.',
  },
  monument: {
    id: 'category.monument',
    defaultMessage: 'Monument',
    description: 'Kind of place (cultural heritage and creative clusters): a site.',
  },
  'historic-building': {
    id: 'category.historic-building',
    defaultMessage: 'Historic building',
    description: 'Kind of place (cultural heritage and creative clusters): a site.',
  },
  'archaeological-site': {
    id: 'category.archaeological-site',
    defaultMessage: 'Archaeological site',
    description: 'Kind of place (cultural heritage and creative clusters): a site.',
  },
  museum: {
    id: 'category.museum',
    defaultMessage: 'Museum',
    description: 'Kind of place (cultural heritage and creative clusters): a site.',
  },
  gallery: {
    id: 'category.gallery',
    defaultMessage: 'Gallery',
    description: 'Kind of place (cultural heritage and creative clusters): a site.',
  },
  'library-archive': {
    id: 'category.library-archive',
    defaultMessage: 'Library or archive',
    description: 'Kind of place (cultural heritage and creative clusters): a site.',
  },
  'theatre-venue': {
    id: 'category.theatre-venue',
    defaultMessage: 'Theatre or venue',
    description: 'Kind of place (cultural heritage and creative clusters): a site.',
  },
  'studio-building': {
    id: 'category.studio-building',
    defaultMessage: 'Studio building',
    description: 'Kind of place (cultural heritage and creative clusters): a site.',
  },
  incubator: {
    id: 'category.incubator',
    defaultMessage: 'Incubator',
    description: 'Kind of place (cultural heritage and creative clusters): a site.',
  },
  'coworking-space': {
    id: 'category.coworking-space',
    defaultMessage: 'Co-working space',
    description: 'Kind of place (cultural heritage and creative clusters): a site.',
  },
  'maker-space': {
    id: 'category.maker-space',
    defaultMessage: 'Maker space',
    description: 'Kind of place (cultural heritage and creative clusters): a site.',
  },
  'public-space': {
    id: 'category.public-space',
    defaultMessage: 'Public space',
    description: 'Kind of place (cultural heritage and creative clusters): a site.',
  },
  'regional-development-agency': {
    id: 'category.regional-development-agency',
    defaultMessage: 'Regional development agency',
    description:
      'Kind of place (cultural heritage and creative clusters): an actor that produces knowledge and technology.',
  },
  'science-technology-centre': {
    id: 'category.science-technology-centre',
    defaultMessage: 'Science and technology centre',
    description:
      'Kind of place (cultural heritage and creative clusters): an actor that produces knowledge and technology.',
  },
  'innovation-office': {
    id: 'category.innovation-office',
    defaultMessage: 'Innovation or technology-transfer office',
    description:
      'Kind of place (cultural heritage and creative clusters): an actor that produces knowledge and technology.',
  },
  'business-development-organisation': {
    id: 'category.business-development-organisation',
    defaultMessage: 'Business development organisation',
    description:
      'Kind of place (cultural heritage and creative clusters): an actor that produces knowledge and technology.',
  },
  'industrial-company': {
    id: 'category.industrial-company',
    defaultMessage: 'Industrial company',
    description:
      'Kind of place (cultural heritage and creative clusters): an actor that produces knowledge and technology.',
  },
  'creative-industry-company': {
    id: 'category.creative-industry-company',
    defaultMessage: 'Leading creative-industry company',
    description:
      'Kind of place (cultural heritage and creative clusters): an actor that produces knowledge and technology.',
  },
  municipality: {
    id: 'category.municipality',
    defaultMessage: 'Municipality',
    description:
      'Kind of place (cultural heritage and creative clusters): an actor that uses knowledge and technology.',
  },
  'creative-firm': {
    id: 'category.creative-firm',
    defaultMessage: 'Creative SME or freelancer',
    description:
      'Kind of place (cultural heritage and creative clusters): an actor that uses knowledge and technology.',
  },
  'cultural-institution': {
    id: 'category.cultural-institution',
    defaultMessage: 'Content holder / cultural institution',
    description:
      'Kind of place (cultural heritage and creative clusters): an actor that uses knowledge and technology.',
  },
  'tour-operator': {
    id: 'category.tour-operator',
    defaultMessage: 'Tour operator',
    description:
      'Kind of place (cultural heritage and creative clusters): an actor that uses knowledge and technology.',
  },
  guide: {
    id: 'category.guide',
    defaultMessage: 'Guide',
    description:
      'Kind of place (cultural heritage and creative clusters): an actor that uses knowledge and technology.',
  },
  accommodation: {
    id: 'category.accommodation',
    defaultMessage: 'Accommodation',
    description:
      'Kind of place (cultural heritage and creative clusters): an actor that uses knowledge and technology.',
  },
  'visitor-information': {
    id: 'category.visitor-information',
    defaultMessage: 'Visitor information',
    description:
      'Kind of place (cultural heritage and creative clusters): an actor that uses knowledge and technology.',
  },
  'tourism-transport': {
    id: 'category.tourism-transport',
    defaultMessage: 'Tourism transport',
    description:
      'Kind of place (cultural heritage and creative clusters): an actor that uses knowledge and technology.',
  },
  university: {
    id: 'category.university',
    defaultMessage: 'University',
    description:
      'Kind of place (cultural heritage and creative clusters): an actor that uses knowledge and technology.',
  },
  'vocational-school': {
    id: 'category.vocational-school',
    defaultMessage: 'Vocational school',
    description:
      'Kind of place (cultural heritage and creative clusters): an actor that uses knowledge and technology.',
  },
  school: {
    id: 'category.school',
    defaultMessage: 'School',
    description:
      'Kind of place (cultural heritage and creative clusters): an actor that uses knowledge and technology.',
  },
  'academic-researcher': {
    id: 'category.academic-researcher',
    defaultMessage: 'Academic or researcher',
    description:
      'Kind of place (cultural heritage and creative clusters): an actor that uses knowledge and technology.',
  },
});

export const familyMessages = defineMessages({
  heritage: {
    id: 'family.heritage',
    defaultMessage: 'Heritage sites',
    description: 'A family of kinds of place, as the legend and filters show it (plural).',
  },
  'cultural-venue': {
    id: 'family.cultural-venue',
    defaultMessage: 'Museums, galleries and venues',
    description: 'A family of kinds of place, as the legend and filters show it (plural).',
  },
  'creative-space': {
    id: 'family.creative-space',
    defaultMessage: 'Creative spaces',
    description: 'A family of kinds of place, as the legend and filters show it (plural).',
  },
  'public-space': {
    id: 'family.public-space',
    defaultMessage: 'Public spaces',
    description: 'A family of kinds of place, as the legend and filters show it (plural).',
  },
  'knowledge-producer': {
    id: 'family.knowledge-producer',
    defaultMessage: 'Producers of knowledge and technology',
    description: 'A family of kinds of place, as the legend and filters show it (plural).',
  },
  'public-body': {
    id: 'family.public-body',
    defaultMessage: 'Municipalities',
    description: 'A family of kinds of place, as the legend and filters show it (plural).',
  },
  'creative-firm': {
    id: 'family.creative-firm',
    defaultMessage: 'Creative firms',
    description: 'A family of kinds of place, as the legend and filters show it (plural).',
  },
  'cultural-institution': {
    id: 'family.cultural-institution',
    defaultMessage: 'Cultural institutions',
    description: 'A family of kinds of place, as the legend and filters show it (plural).',
  },
  'tourism-operator': {
    id: 'family.tourism-operator',
    defaultMessage: 'Tourism operators',
    description: 'A family of kinds of place, as the legend and filters show it (plural).',
  },
  education: {
    id: 'family.education',
    defaultMessage: 'Education and research',
    description: 'A family of kinds of place, as the legend and filters show it (plural).',
  },
});

export const sectorMessages = defineMessages({
  design: {
    id: 'sector.design',
    defaultMessage: 'Design',
    description: 'A creative-industry sector of a creative firm.',
  },
  architecture: {
    id: 'sector.architecture',
    defaultMessage: 'Architecture',
    description: 'A creative-industry sector of a creative firm.',
  },
  'film-video': {
    id: 'sector.film-video',
    defaultMessage: 'Film and video',
    description: 'A creative-industry sector of a creative firm.',
  },
  music: { id: 'sector.music', defaultMessage: 'Music', description: 'A creative-industry sector of a creative firm.' },
  publishing: {
    id: 'sector.publishing',
    defaultMessage: 'Publishing',
    description: 'A creative-industry sector of a creative firm.',
  },
  'games-software': {
    id: 'sector.games-software',
    defaultMessage: 'Games and software',
    description: 'A creative-industry sector of a creative firm.',
  },
  crafts: {
    id: 'sector.crafts',
    defaultMessage: 'Crafts',
    description: 'A creative-industry sector of a creative firm.',
  },
  'visual-arts': {
    id: 'sector.visual-arts',
    defaultMessage: 'Visual arts',
    description: 'A creative-industry sector of a creative firm.',
  },
  'performing-arts': {
    id: 'sector.performing-arts',
    defaultMessage: 'Performing arts',
    description: 'A creative-industry sector of a creative firm.',
  },
  advertising: {
    id: 'sector.advertising',
    defaultMessage: 'Advertising',
    description: 'A creative-industry sector of a creative firm.',
  },
  'heritage-services': {
    id: 'sector.heritage-services',
    defaultMessage: 'Heritage services',
    description: 'A creative-industry sector of a creative firm.',
  },
});

export const sectorGroupMessages = defineMessages({
  'core-arts': {
    id: 'sectorGroup.core-arts',
    defaultMessage: 'Core arts and heritage',
    description: 'A group of related creative sectors (visual and performing arts, crafts, heritage services).',
  },
  'cultural-industries': {
    id: 'sectorGroup.cultural-industries',
    defaultMessage: 'Cultural industries',
    description: 'A group of related creative sectors (film and video, music, publishing, games and software).',
  },
  'creative-industries': {
    id: 'sectorGroup.creative-industries',
    defaultMessage: 'Creative industries',
    description: 'A group of related creative sectors (design, architecture, advertising).',
  },
});

export const linkTypeMessages = defineMessages({
  'project-partner': {
    id: 'linkType.project-partner',
    defaultMessage: 'Partner in a project',
    description: 'Type of a link between two places or actors of a creative cluster.',
  },
  'supplier-client': {
    id: 'linkType.supplier-client',
    defaultMessage: 'Supplier or client',
    description: 'Type of a link between two places or actors of a creative cluster.',
  },
  tenant: {
    id: 'linkType.tenant',
    defaultMessage: 'Tenant of a space',
    description: 'Type of a link between two places or actors of a creative cluster.',
  },
  funder: {
    id: 'linkType.funder',
    defaultMessage: 'Funder',
    description: 'Type of a link between two places or actors of a creative cluster.',
  },
  'event-co-organiser': {
    id: 'linkType.event-co-organiser',
    defaultMessage: 'Co-organiser of an event',
    description: 'Type of a link between two places or actors of a creative cluster.',
  },
  'network-member': {
    id: 'linkType.network-member',
    defaultMessage: 'Member of a network',
    description: 'Type of a link between two places or actors of a creative cluster.',
  },
  'knowledge-exchange': {
    id: 'linkType.knowledge-exchange',
    defaultMessage: 'Knowledge exchange or mentoring',
    description: 'Type of a link between two places or actors of a creative cluster.',
  },
  'shares-space': {
    id: 'linkType.shares-space',
    defaultMessage: 'Shares a space',
    description: 'Type of a link between two places or actors of a creative cluster.',
  },
  'uses-heritage-site': {
    id: 'linkType.uses-heritage-site',
    defaultMessage: 'Uses a heritage site',
    description: 'Type of a link between two places or actors of a creative cluster.',
  },
});

export const areaKindMessages = defineMessages({
  'cultural-quarter': {
    id: 'areaKind.cultural-quarter',
    defaultMessage: 'Cultural quarter',
    description: 'Kind of area drawn on the map.',
  },
  'shared-creative-space': {
    id: 'areaKind.shared-creative-space',
    defaultMessage: 'Shared creative space',
    description: 'Kind of area drawn on the map.',
  },
  'heritage-protection-zone': {
    id: 'areaKind.heritage-protection-zone',
    defaultMessage: 'Heritage protection zone',
    description: 'Kind of area drawn on the map.',
  },
  'regional-cluster-area': {
    id: 'areaKind.regional-cluster-area',
    defaultMessage: 'Regional cluster area',
    description: 'Kind of area drawn on the map.',
  },
});

export const linkStrengthMessages = defineMessages({
  '1': {
    id: 'linkStrength.1',
    defaultMessage: 'Very weak',
    description: 'How strong a link is, on a scale of 1 (very weak) to 5 (very strong).',
  },
  '2': {
    id: 'linkStrength.2',
    defaultMessage: 'Weak',
    description: 'How strong a link is, on a scale of 1 (very weak) to 5 (very strong).',
  },
  '3': {
    id: 'linkStrength.3',
    defaultMessage: 'Moderate',
    description: 'How strong a link is, on a scale of 1 (very weak) to 5 (very strong).',
  },
  '4': {
    id: 'linkStrength.4',
    defaultMessage: 'Strong',
    description: 'How strong a link is, on a scale of 1 (very weak) to 5 (very strong).',
  },
  '5': {
    id: 'linkStrength.5',
    defaultMessage: 'Very strong',
    description: 'How strong a link is, on a scale of 1 (very weak) to 5 (very strong).',
  },
});

export const groupLevelMessages = defineMessages({
  quarter: {
    id: 'groupLevel.quarter',
    defaultMessage: 'Cultural quarter / shared creative space',
    description: 'Level of a creative cluster a group belongs to.',
  },
  'regional-cluster': {
    id: 'groupLevel.regional-cluster',
    defaultMessage: 'Digital technology and content cluster',
    description: 'Level of a creative cluster a group belongs to.',
  },
  'cultural-route': {
    id: 'groupLevel.cultural-route',
    defaultMessage: 'Cultural route',
    description: 'Level of a creative cluster a group belongs to.',
  },
  'international-network': {
    id: 'groupLevel.international-network',
    defaultMessage: 'International network',
    description: 'Level of a creative cluster a group belongs to.',
  },
});

export const eventKindMessages = defineMessages({
  workshop: {
    id: 'eventKind.workshop',
    defaultMessage: 'Workshop',
    description: 'Kind of event (workshops, festivals… the soft infrastructure of a cluster).',
  },
  festival: {
    id: 'eventKind.festival',
    defaultMessage: 'Festival',
    description: 'Kind of event (workshops, festivals… the soft infrastructure of a cluster).',
  },
  'open-studio': {
    id: 'eventKind.open-studio',
    defaultMessage: 'Open studio',
    description: 'Kind of event (workshops, festivals… the soft infrastructure of a cluster).',
  },
  exchange: {
    id: 'eventKind.exchange',
    defaultMessage: 'Knowledge exchange',
    description: 'Kind of event (workshops, festivals… the soft infrastructure of a cluster).',
  },
  exhibition: {
    id: 'eventKind.exhibition',
    defaultMessage: 'Exhibition',
    description: 'Kind of event (workshops, festivals… the soft infrastructure of a cluster).',
  },
  performance: {
    id: 'eventKind.performance',
    defaultMessage: 'Performance',
    description: 'Kind of event (workshops, festivals… the soft infrastructure of a cluster).',
  },
  conference: {
    id: 'eventKind.conference',
    defaultMessage: 'Conference or talk',
    description: 'Kind of event (workshops, festivals… the soft infrastructure of a cluster).',
  },
  networking: {
    id: 'eventKind.networking',
    defaultMessage: 'Networking meeting',
    description: 'Kind of event (workshops, festivals… the soft infrastructure of a cluster).',
  },
  other: {
    id: 'eventKind.other',
    defaultMessage: 'Other',
    description: 'Kind of event (workshops, festivals… the soft infrastructure of a cluster).',
  },
});

export const fieldTypeMessages = defineMessages({
  text: { id: 'fieldType.text', defaultMessage: 'Text', description: 'Type of a custom field the user defines.' },
  number: { id: 'fieldType.number', defaultMessage: 'Number', description: 'Type of a custom field the user defines.' },
  date: { id: 'fieldType.date', defaultMessage: 'Date', description: 'Type of a custom field the user defines.' },
  choice: { id: 'fieldType.choice', defaultMessage: 'Choice', description: 'Type of a custom field the user defines.' },
  boolean: {
    id: 'fieldType.boolean',
    defaultMessage: 'Yes/no',
    description: 'Type of a custom field the user defines.',
  },
  url: { id: 'fieldType.url', defaultMessage: 'Web address', description: 'Type of a custom field the user defines.' },
});

export const routeModeMessages = defineMessages({
  walk: { id: 'routeMode.walk', defaultMessage: 'On foot', description: 'How a cultural route is travelled.' },
  wheelchair: {
    id: 'routeMode.wheelchair',
    defaultMessage: 'By wheelchair',
    description: 'How a cultural route is travelled: on ways a wheelchair can use (no steps, no raised kerbs).',
  },
  bicycle: { id: 'routeMode.bicycle', defaultMessage: 'By bicycle', description: 'How a cultural route is travelled.' },
  car: { id: 'routeMode.car', defaultMessage: 'By car', description: 'How a cultural route is travelled.' },
});
