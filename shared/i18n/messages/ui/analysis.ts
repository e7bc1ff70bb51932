import { defineMessages } from '../../define-messages.js';

// The analysis dock beside the map (issue #15): the link network (who holds it together), the
// gap finder (near actors without a link) and proposed quarters (where creative firms cluster).

export const analysisMessages = defineMessages({
  button: {
    id: 'ui.analysis.button',
    defaultMessage: 'Analysis',
    description: 'Button over the map that opens the analysis panel (link network, gaps, proposed quarters).',
  },
  buttonTitle: {
    id: 'ui.analysis.buttonTitle',
    defaultMessage: 'Show or hide the analysis of the link network beside the map',
    description: 'Tooltip of the Analysis button.',
  },
  dockLabel: {
    id: 'ui.analysis.dockLabel',
    defaultMessage: 'Analysis',
    description:
      'Accessible name and heading of the panel beside the map with the network, gaps and proposed quarters.',
  },
  close: {
    id: 'ui.analysis.close',
    defaultMessage: 'Close the analysis',
    description: 'Button that closes the analysis panel beside the map.',
  },
  tabNetwork: {
    id: 'ui.analysis.tabNetwork',
    defaultMessage: 'Network',
    description: 'Tab of the analysis panel: the network of links between actors.',
  },
  tabGaps: {
    id: 'ui.analysis.tabGaps',
    defaultMessage: 'Gaps',
    description: 'Tab of the analysis panel: near actors that have no link (missing collaborations).',
  },
  tabQuarters: {
    id: 'ui.analysis.tabQuarters',
    defaultMessage: 'Proposed quarters',
    description: 'Tab of the analysis panel: draft quarters where creative firms and spaces cluster.',
  },
  computing: {
    id: 'ui.analysis.computing',
    defaultMessage: 'Computing…',
    description: 'Shown while an analysis is computed.',
  },
  failed: {
    id: 'ui.analysis.failed',
    defaultMessage: 'The analysis could not be computed: {reason}',
    description: 'Error in the analysis panel; {reason} is why (a message of its own).',
  },
  tabReport: {
    id: 'ui.analysis.tabReport',
    defaultMessage: 'Report card',
    description: 'Tab of the analysis panel: the figures (firms, diversity, events, interlinkage) of a chosen scope.',
  },
  scope: {
    id: 'ui.analysis.scope',
    defaultMessage: 'Of',
    description: 'Label of the choice of what the report card covers (followed by e.g. "the places shown").',
  },
  scopeShown: {
    id: 'ui.analysis.scopeShown',
    defaultMessage: 'the {count, plural, one {# place} other {# places}} shown on the map',
    description: 'Report card scope: the places the filter lets through.',
  },
  scopeAround: {
    id: 'ui.analysis.scopeAround',
    defaultMessage: 'within {metres, number} m of {name}',
    description: 'Report card scope: around the selected place; {name} is its name.',
  },
  scopeWalk: {
    id: 'ui.analysis.scopeWalk',
    defaultMessage: 'within {metres, number} m on foot of {name}',
    description: 'Report card scope: the places reached on foot along the streets from the selected place.',
  },
  aroundMetres: {
    id: 'ui.analysis.aroundMetres',
    defaultMessage: 'Distance (metres)',
    description: 'Label of the distance of a report card around the selected place.',
  },
  scopeGroup: {
    id: 'ui.analysis.scopeGroup',
    defaultMessage: 'the group {name}',
    description: 'Report card scope: a group (with its areas and sub-groups).',
  },
  scopeArea: {
    id: 'ui.analysis.scopeArea',
    defaultMessage: 'the area {name}',
    description: 'Report card scope: an area (quarter).',
  },
  nodes: {
    id: 'ui.analysis.nodes',
    defaultMessage: 'Actors and linked sites',
    description: 'Network figure: how many places are in the network (every actor, and each site with a link).',
  },
  edges: {
    id: 'ui.analysis.edges',
    defaultMessage: 'Linked pairs',
    description: 'Network figure: how many pairs of places are linked (several links between one pair count once).',
  },
  density: {
    id: 'ui.analysis.density',
    defaultMessage: 'Density',
    description: 'Network figure: the share of all possible pairs that are linked.',
  },
  crossSector: {
    id: 'ui.analysis.crossSector',
    defaultMessage: 'Links across sectors',
    description: 'Network figure: the share of linked pairs whose two places are in different sectors.',
  },
  components: {
    id: 'ui.analysis.components',
    defaultMessage: 'Separate pieces',
    description: 'Network figure: connected components, groups of actors with no link to each other group.',
  },
  isolated: {
    id: 'ui.analysis.isolated',
    defaultMessage: 'Actors without a link',
    description: 'Network figure: how many actors have no link at all.',
  },
  communities: {
    id: 'ui.analysis.communities',
    defaultMessage: 'Communities',
    description: 'Network figure: groups of actors linked more among themselves than with others (Louvain method).',
  },
  notAvailable: {
    id: 'ui.analysis.notAvailable',
    defaultMessage: 'n/a',
    description: 'Shown for a figure that cannot be computed (for example a share with nothing to divide by).',
  },
  graphLabel: {
    id: 'ui.analysis.graphLabel',
    defaultMessage:
      'Drawing of the link network: {nodes, plural, one {# place} other {# places}}, larger when more paths between others pass through them. Pick one in the list below to select it on the map.',
    description: 'Accessible description of the network drawing, read by screen readers.',
  },
  graphPartial: {
    id: 'ui.analysis.graphPartial',
    defaultMessage:
      'The drawing shows the {shown, number} most central of {total, number} linked places; places without a link are left out.',
    description: 'Note under the network drawing when the network is too large to draw in full.',
  },
  graphLinkedOnly: {
    id: 'ui.analysis.graphLinkedOnly',
    defaultMessage: 'Colours show the kind of place, sizes its betweenness; places without a link are left out.',
    description: 'Note under the network drawing explaining it.',
  },
  central: {
    id: 'ui.analysis.central',
    defaultMessage: 'Who holds the network together',
    description: 'Heading of the list of actors with the highest betweenness (most shortest paths pass through them).',
  },
  centralRow: {
    id: 'ui.analysis.centralRow',
    defaultMessage: 'betweenness {betweenness} · {degree, plural, one {# partner} other {# partners}}',
    description: 'Details of an actor in the list of the most central ones; {betweenness} is a number from 0 to 1.',
  },
  noLinks: {
    id: 'ui.analysis.noLinks',
    defaultMessage: 'No links yet: draw links between places to see their network.',
    description: 'Shown in the network tab of a project without links.',
  },
  within: {
    id: 'ui.analysis.within',
    defaultMessage: 'Within (metres)',
    description: 'Label of the distance within which the gap finder looks for actors without a link.',
  },
  linkType: {
    id: 'ui.analysis.linkType',
    defaultMessage: 'New links are',
    description: 'Label of the choice of link type used when the user links a pair from the gap list.',
  },
  gapsCount: {
    id: 'ui.analysis.gapsCount',
    defaultMessage:
      '{candidates, plural, =0 {No pair of actors within this distance lacks a link.} one {# pair of actors within this distance has no link.} other {# pairs of actors within this distance have no link; the most promising first.}}',
    description: 'Summary of the gap finder.',
  },
  gapPair: {
    id: 'ui.analysis.gapPair',
    defaultMessage: '{from} ↔ {to}',
    description: 'A pair of actors without a link in the gap list; {from} and {to} are place names.',
  },
  gapRow: {
    id: 'ui.analysis.gapRow',
    defaultMessage: '{distance, number} m · {fit} · constraint {change}',
    description:
      'Details of one gap: the distance, how well their sectors complement each other, and how a link would change their constraint (a negative {change} is a missing bridge).',
  },
  fitUnrelated: {
    id: 'ui.analysis.fitUnrelated',
    defaultMessage: 'different sector groups',
    description: 'Gap detail: the two actors are in sectors of different groups.',
  },
  fitRelated: {
    id: 'ui.analysis.fitRelated',
    defaultMessage: 'related sectors',
    description: 'Gap detail: the two actors are in different sectors of the same group (complementary).',
  },
  fitSame: {
    id: 'ui.analysis.fitSame',
    defaultMessage: 'same sector',
    description: 'Gap detail: the two actors are in the same sector.',
  },
  groupsTitle: {
    id: 'ui.analysis.groupsTitle',
    defaultMessage: 'Groups of three',
    description: 'Heading of the gap finder’s list of three near actors with no link among them.',
  },
  groupsCount: {
    id: 'ui.analysis.groupsCount',
    defaultMessage:
      '{candidates, plural, =0 {No three actors near each other are all unlinked.} one {# group of three near actors has no link among them.} other {# groups of three near actors have no link among them; the most varied first.}}',
    description: 'Summary of the gap finder’s groups of three.',
  },
  groupMembers: {
    id: 'ui.analysis.groupMembers',
    defaultMessage: '{first} · {second} · {third}',
    description: 'The three actors of a suggested group; place names.',
  },
  linkAll: {
    id: 'ui.analysis.linkAll',
    defaultMessage: 'Link all three',
    description: 'Button on a group of three that creates the three links among them.',
  },
  linkAllLabel: {
    id: 'ui.analysis.linkAllLabel',
    defaultMessage: 'Link {first}, {second} and {third}',
    description: 'Accessible name of the Link all three button; place names.',
  },
  linkThem: {
    id: 'ui.analysis.linkThem',
    defaultMessage: 'Link them',
    description:
      'Button on a gap that creates a link between the two actors (when they have started working together).',
  },
  linkThemLabel: {
    id: 'ui.analysis.linkThemLabel',
    defaultMessage: 'Link {from} and {to}',
    description: 'Accessible name of the Link them button; {from} and {to} are place names.',
  },
  linked: {
    id: 'ui.analysis.linked',
    defaultMessage: 'Linked {from} and {to}.',
    description: 'Status after the user created a link from the gap list.',
  },
  exportCsv: {
    id: 'ui.analysis.exportCsv',
    defaultMessage: 'Export the list as CSV',
    description: 'Button that saves the list shown as a CSV file.',
  },
  gapsFile: {
    id: 'ui.analysis.gapsFile',
    defaultMessage: 'gaps within {distance} m.csv',
    description: 'File name of the gap list’s CSV. Keep the .csv ending.',
  },
  eps: {
    id: 'ui.analysis.eps',
    defaultMessage: 'Neighbourhood (metres)',
    description: 'Label of the clustering radius: how near firms must be to count as neighbours.',
  },
  minPoints: {
    id: 'ui.analysis.minPoints',
    defaultMessage: 'At least (places)',
    description: 'Label of the clustering minimum: how many firms and spaces a cluster’s core needs within the radius.',
  },
  propose: {
    id: 'ui.analysis.propose',
    defaultMessage: 'Propose quarters',
    description: 'Button that finds where creative firms and spaces cluster and drafts quarters around them.',
  },
  proposalsIntro: {
    id: 'ui.analysis.proposalsIntro',
    defaultMessage:
      'Where creative firms and spaces cluster (DBSCAN): each has at least {minPoints, number} within {eps, number} m. The drafts are dashed on the map; save the ones you keep as areas.',
    description: 'Explanation of the proposed quarters and their parameters.',
  },
  proposalsCount: {
    id: 'ui.analysis.proposalsCount',
    defaultMessage:
      '{quarters, plural, =0 {No cluster found} one {# draft quarter} other {# draft quarters}} · {points, number} firms and spaces, {noise, number} in none',
    description: 'Summary of the proposed quarters.',
  },
  proposalName: {
    id: 'ui.analysis.proposalName',
    defaultMessage: 'Proposed quarter {number}',
    description: 'Name of a draft quarter (and of the area saved from it, which the user can rename).',
  },
  proposalDetails: {
    id: 'ui.analysis.proposalDetails',
    defaultMessage:
      '{firms, plural, one {# creative firm} other {# creative firms}} · {spaces, plural, one {# creative space} other {# creative spaces}} · {hectares} ha',
    description: 'Details of a draft quarter.',
  },
  proposalNoHull: {
    id: 'ui.analysis.proposalNoHull',
    defaultMessage: 'Its places are on one line: no area to draw.',
    description: 'A draft quarter whose places lie on a line cannot be saved as an area.',
  },
  showOnMap: {
    id: 'ui.analysis.showOnMap',
    defaultMessage: 'Show on map',
    description: 'Button that zooms the map to a draft quarter.',
  },
  saveAsArea: {
    id: 'ui.analysis.saveAsArea',
    defaultMessage: 'Save as area',
    description: 'Button that saves a draft quarter as an area of the project (which opens for review).',
  },
  saved: {
    id: 'ui.analysis.saved',
    defaultMessage: 'Saved',
    description: 'Shown instead of the Save button on a draft quarter already saved as an area.',
  },
  savedDescription: {
    id: 'ui.analysis.savedDescription',
    defaultMessage:
      'Proposed by Itinera on {date}: creative firms and spaces clustered with at least {minPoints, number} within {eps, number} m (DBSCAN), {places, number} places.',
    description: 'Description written into an area saved from a draft quarter, so its origin is known.',
  },
});
