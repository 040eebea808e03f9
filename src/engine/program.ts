import * as path from 'node:path';
import type { Program, ProgramOrUnknown } from '../model/program';
import type { ConnectorContext, JsonFile } from './context';

const FOLDER_PROGRAMS: Record<string, Program> = {
  'certified-connectors': 'verified',
  'independent-publisher-connectors': 'independent',
};

/** The program brand colour that every independent-publisher connector must use. */
export const INDEPENDENT_BRAND_COLOR = '#da3b01';

/**
 * Decides the program as Microsoft's pipeline does: by the tree the folder sits in. Outside those trees, the
 * apiProperties.json brand colour tells (independent publishers must use #da3b01).
 */
export function detectProgram(
  dir: string,
  apiProperties: JsonFile | undefined,
  override: Program | undefined,
): { program: ProgramOrUnknown; source: ConnectorContext['programSource'] } {
  if (override) return { program: override, source: 'option' };
  const segments = path.resolve(dir).split(path.sep);
  for (let i = segments.length - 1; i >= 0; i--) {
    const program = FOLDER_PROGRAMS[segments[i].toLowerCase()];
    if (program) return { program, source: 'folder' };
  }
  const props = (apiProperties?.data as { properties?: { iconBrandColor?: unknown } } | undefined)?.properties;
  if (props && typeof props === 'object') {
    const color = typeof props.iconBrandColor === 'string' ? props.iconBrandColor.trim().toLowerCase() : '';
    return { program: color === INDEPENDENT_BRAND_COLOR ? 'independent' : 'verified', source: 'apiProperties' };
  }
  return { program: 'unknown', source: 'none' };
}
