export interface LayerRule {
  name: string;
  folders: string[];
  forbidden: string[];
  allowedText: string;
  schemaLibraries: boolean;
}
export const LAYERS: LayerRule[];
export const LAYER_ORDER: { name: string; folders: string[]; about: string }[];
export const SCHEMA_LIBRARIES: string[];
