// The attribution OpenStreetMap's licence (ODbL) asks for, shown with every map made of its data.
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors';
