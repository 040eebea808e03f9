import * as path from 'node:path';
import { getLocationForJsonPath, parseWithPointers } from '@stoplight/json';
import type { JsonFile, JsonPath } from '../engine/context';
import { LIMITS } from '../engine/limits';
import { checkStrictJson, nestingDepth, type JsonSyntaxError } from '../engine/strict-json';
import { decodeText } from '../engine/text-decode';

/** The name breaking-change findings carry: the swagger of a connector folder. */
export const SWAGGER_FILE = 'apiDefinition.swagger.json';

/** 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** One version (base or head) of a swagger: the parsed value, and where each JSON path sits in its text. */
export interface SwaggerVersion {
  /** File name shown in findings and messages, relative to the connector folder. */
  file: string;
  data: unknown;
  /** Position of the value at `path`, or of its closest existing ancestor; undefined when unknown. */
  locate(path: JsonPath): Position | undefined;
}

/** Why a version could not be read as JSON. */
export interface SwaggerProblem {
  message: string;
  line?: number;
  column?: number;
}

export type ParsedSwagger = { version: SwaggerVersion; problem?: undefined } | { version?: undefined; problem: SwaggerProblem };

/**
 * Parses swagger text. Only strict JSON is compared (Microsoft's change validator runs only on a swagger without
 * errors); anything else comes back as a problem with its position.
 */
export function swaggerFromText(text: string, file: string = SWAGGER_FILE): ParsedSwagger {
  const syntax: JsonSyntaxError | undefined = checkStrictJson(text);
  if (syntax) return { problem: syntax };
  if (nestingDepth(text, LIMITS.maxJsonDepth) > LIMITS.maxJsonDepth) {
    return { problem: { message: `The JSON is nested more than ${LIMITS.maxJsonDepth} levels deep.`, line: 1, column: 1 } };
  }
  const parsed = parseWithPointers(text, { ignoreDuplicateKeys: true });
  return {
    version: {
      file,
      data: parsed.data,
      locate(jsonPath) {
        const range = getLocationForJsonPath(parsed, jsonPath, true)?.range;
        return range ? { line: range.start.line + 1, column: range.start.character + 1 } : undefined;
      },
    },
  };
}

/** Decodes and parses swagger bytes (from a file or from git): UTF-8 with or without a BOM, UTF-16, Latin-1. */
export function swaggerFromBytes(bytes: Uint8Array, file: string = SWAGGER_FILE): ParsedSwagger {
  if (bytes.length > LIMITS.maxJsonBytes) {
    return { problem: { message: `The file is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${LIMITS.maxJsonBytes / 1048576} MB connector-precheck parses.` } };
  }
  const decoded = decodeText(bytes);
  // A legacy encoding still decodes to comparable text (lint reports the encoding itself); binary does not.
  if (decoded.problem && decoded.text === '') return { problem: decoded.problem };
  return swaggerFromText(decoded.text, file);
}

/**
 * The head version from a connector already loaded by the linter (no second parse). Undefined when the file was not
 * parsed or is not strict JSON: its json-syntax finding comes from lint, and nothing is compared.
 */
export function swaggerFromJsonFile(jsonFile: JsonFile): SwaggerVersion | undefined {
  const document = jsonFile.document;
  if (!document || jsonFile.syntax || jsonFile.unreadable || jsonFile.encoding) return undefined;
  return {
    file: jsonFile.name,
    data: jsonFile.data,
    locate(jsonPath) {
      const range = document.getRangeForJsonPath(jsonPath, true);
      return range ? { line: range.start.line + 1, column: range.start.character + 1 } : undefined;
    },
  };
}

/** The display name of a swagger given as a path: its base name. */
export function swaggerLabel(filePath: string): string {
  return path.basename(filePath);
}
