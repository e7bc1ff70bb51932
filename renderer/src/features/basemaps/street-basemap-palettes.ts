// The street basemap's colours per theme: muted creams and greys, roads by class, water
// blue-grey, parks pale green (light), and their dark counterparts.

export type BasemapTheme = 'light' | 'dark';

export interface Palette {
  sea: string;
  land: string;
  coastline: string;
  border: string;
  countryLabel: string;
  residential: string;
  park: string;
  forest: string;
  grass: string;
  cemetery: string;
  farmland: string;
  industrial: string;
  square: string;
  water: string;
  waterway: string;
  building: string;
  buildingOutline: string;
  casing: string;
  motorway: string;
  motorwayCasing: string;
  primary: string;
  primaryCasing: string;
  road: string;
  path: string;
  cycleway: string;
  rail: string;
  label: string;
  placeLabel: string;
  halo: string;
}

/** Colours per theme; the e2e test looks for `road`, `motorway` and `building` in the pixels. */
export const BASEMAP_PALETTES: Record<BasemapTheme, Palette> = {
  light: {
    sea: '#D5E3EA',
    land: '#F5F3EE',
    coastline: '#A9BCC6',
    border: '#B9B1A4',
    countryLabel: '#7D766B',
    residential: '#F1EEE8',
    park: '#DCE8D2',
    forest: '#D2E0C9',
    grass: '#E2EBD9',
    cemetery: '#DDE4D6',
    farmland: '#F2F0E6',
    industrial: '#ECE8E2',
    square: '#EDEAE4',
    water: '#C6D6DF',
    waterway: '#B3C7D2',
    building: '#E2DCD3',
    buildingOutline: '#D2CBC0',
    casing: '#D3CCC1',
    motorway: '#F2DFBB',
    motorwayCasing: '#D6BF97',
    primary: '#FAF0DA',
    primaryCasing: '#D8CAB0',
    road: '#FFFFFF',
    path: '#B0A598',
    cycleway: '#9FB2BF',
    rail: '#B3ACA3',
    label: '#5B554D',
    placeLabel: '#3F3A34',
    halo: '#FFFFFF',
  },
  dark: {
    sea: '#1A2127',
    land: '#24272B',
    coastline: '#3A4750',
    border: '#4D4841',
    countryLabel: '#8F887D',
    residential: '#272A2E',
    park: '#263128',
    forest: '#243026',
    grass: '#283229',
    cemetery: '#272F29',
    farmland: '#28292A',
    industrial: '#2A2B2F',
    square: '#2C2E32',
    water: '#2B3A45',
    waterway: '#34495A',
    building: '#33363B',
    buildingOutline: '#3C4046',
    casing: '#1D1F22',
    motorway: '#5C5240',
    motorwayCasing: '#1D1F22',
    primary: '#4C4A44',
    primaryCasing: '#1D1F22',
    road: '#41454B',
    path: '#6B665F',
    cycleway: '#5D7080',
    rail: '#5A5650',
    label: '#B8B2A8',
    placeLabel: '#D6D0C6',
    halo: '#1E2023',
  },
};
