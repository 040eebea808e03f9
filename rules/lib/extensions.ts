/**
 * Power Platform `x-ms-*` extensions: which names exist, where each may be written, and where a document uses them.
 *
 *   for (const use of extensionUses(swagger, 'x-ms-trigger')) ... // use.owner is the object holding the key
 *
 * A key is only an extension where the Swagger object it sits in takes keywords: a property *named* "x-ms-foo"
 * under `properties`, a response header called "x-ms-request-id" or a key inside an `example` are data, not
 * extensions. `positionOf` decides this from the JSON path alone, so finding uses costs one `nodesWithKey` look-up.
 */
import { distance } from 'fastest-levenshtein';
import { isObject, type JsonObject } from './json';
import { allKeys, nodesWithKey, type JsonPath, type KeyedNode } from './index';
import { HTTP_METHODS } from './swagger';

/** The kinds of Swagger object whose keys are keywords (so extensions may appear in them). */
export type Position =
  | 'root'
  | 'info'
  | 'contact'
  | 'license'
  | 'paths'
  | 'pathItem'
  | 'operation'
  | 'parameter'
  | 'responses'
  | 'response'
  | 'header'
  | 'items'
  | 'schema'
  | 'securityScheme'
  | 'tag'
  | 'externalDocs'
  | 'xml'
  | 'notificationContent';

/** Parser states that are not keyword objects: maps and lists of named things, and data. */
type State = Position | 'schemaMap' | 'schemaList' | 'schemaOrList' | 'parameterMap' | 'parameterList' | 'responseMap' | 'headerMap' | 'securityMap' | 'tagList' | 'data';

const METHODS = new Set<string>(HTTP_METHODS);

const ROOT_KEYS: Record<string, State> = { info: 'info', paths: 'paths', definitions: 'schemaMap', parameters: 'parameterMap', responses: 'responseMap', securityDefinitions: 'securityMap', tags: 'tagList', externalDocs: 'externalDocs' };
const OPERATION_KEYS: Record<string, State> = { parameters: 'parameterList', responses: 'responses', externalDocs: 'externalDocs', 'x-ms-notification-content': 'notificationContent' };
const SCHEMA_KEYS: Record<string, State> = { properties: 'schemaMap', items: 'schemaOrList', additionalProperties: 'schema', allOf: 'schemaList', externalDocs: 'externalDocs', xml: 'xml' };

function own(map: Record<string, State>, key: string): State | undefined {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

function step(state: State, segment: string | number): State {
  const key = String(segment);
  switch (state) {
    case 'root':
      return own(ROOT_KEYS, key) ?? 'data';
    case 'info':
      return key === 'contact' ? 'contact' : key === 'license' ? 'license' : 'data';
    case 'paths':
      return key.startsWith('/') ? 'pathItem' : 'data';
    case 'pathItem':
      if (METHODS.has(key)) return 'operation';
      return key === 'parameters' ? 'parameterList' : key === 'x-ms-notification-content' ? 'notificationContent' : 'data';
    case 'operation':
      return own(OPERATION_KEYS, key) ?? 'data';
    case 'parameterList':
      return typeof segment === 'number' ? 'parameter' : 'data';
    case 'parameterMap':
      return 'parameter';
    case 'parameter':
      return key === 'schema' ? 'schema' : key === 'items' ? 'items' : 'data';
    case 'items':
    case 'header':
      return key === 'items' ? 'items' : 'data';
    case 'responses':
      return /^(\d{3}|default)$/.test(key) ? 'response' : 'data';
    case 'responseMap':
      return 'response';
    case 'response':
      return key === 'schema' ? 'schema' : key === 'headers' ? 'headerMap' : 'data';
    case 'headerMap':
      return 'header';
    case 'schemaMap':
      return 'schema';
    case 'schemaList':
      return typeof segment === 'number' ? 'schema' : 'data';
    case 'schemaOrList':
      // `items` is one schema or a list of them: a number picks a list entry, a name is a keyword of the one schema.
      return typeof segment === 'number' ? 'schema' : step('schema', segment);
    case 'schema':
      return own(SCHEMA_KEYS, key) ?? 'data';
    case 'notificationContent':
      return key === 'schema' ? 'schema' : 'data';
    case 'securityMap':
      return 'securityScheme';
    case 'tagList':
      return typeof segment === 'number' ? 'tag' : 'data';
    case 'tag':
      return key === 'externalDocs' ? 'externalDocs' : 'data';
    default:
      return 'data';
  }
}

/** The kind of Swagger object at `path`, or undefined when the object there is data or a map of names. */
export function positionOf(path: JsonPath): Position | undefined {
  let state: State = 'root';
  for (const segment of path) {
    state = step(state, segment);
    if (state === 'data') return undefined;
  }
  return asPosition(state);
}

/** positionOf for an object found through the document index, without building its path. */
export function positionOfNode(found: KeyedNode): Position | undefined {
  return asPosition(found.fold(step, 'root'));
}

function asPosition(state: State): Position | undefined {
  if (state === 'schemaOrList') return 'schema';
  return KEYWORD_POSITIONS.has(state) ? (state as Position) : undefined;
}

const KEYWORD_POSITIONS = new Set<State>(['root', 'info', 'contact', 'license', 'paths', 'pathItem', 'operation', 'parameter', 'responses', 'response', 'header', 'items', 'schema', 'securityScheme', 'tag', 'externalDocs', 'xml', 'notificationContent']);

/**
 * Every documented or schema-defined platform extension, with the objects it belongs on. `parameter` means a
 * non-body parameter unless noted by the rule that checks it; `schema` includes body and response schemas.
 */
export const PLATFORM_EXTENSIONS: Readonly<Record<string, readonly Position[]>> = {
  'x-ms-summary': ['operation', 'parameter', 'schema', 'response', 'header', 'items'],
  'x-ms-visibility': ['operation', 'parameter', 'schema', 'header'],
  'x-ms-api-annotation': ['info', 'operation'],
  'x-ms-operation-context': ['operation'],
  'x-ms-capabilities': ['root', 'operation'],
  'x-ms-trigger': ['operation'],
  'x-ms-trigger-hint': ['operation'],
  'x-ms-trigger-metadata': ['operation'],
  'x-ms-trigger-value': ['parameter'],
  'x-ms-notification': ['operation'],
  // The schema puts it on the path item; the documentation says operations. Both are accepted (criteria A11).
  'x-ms-notification-content': ['pathItem', 'operation'],
  'x-ms-notification-url': ['parameter', 'schema'],
  'x-ms-url-encoding': ['parameter'],
  'x-ms-dynamic-values': ['parameter', 'schema'],
  'x-ms-dynamic-list': ['parameter', 'schema'],
  'x-ms-dynamic-schema': ['schema'],
  'x-ms-dynamic-properties': ['schema'],
  'x-ms-dynamic-tree': ['parameter', 'schema'],
  'x-ms-enum-values': ['parameter', 'schema', 'items', 'header'],
  'x-ms-localizeDefaultValue': ['parameter', 'schema'],
  // A formData file parameter has no schema, so the media kind of an upload sits on the parameter itself.
  'x-ms-media-kind': ['parameter', 'schema'],
  'x-ms-test-value': ['parameter', 'schema'],
  'x-ms-editor': ['parameter', 'schema'],
  'x-ms-pageable': ['operation'],
  'x-ms-no-generic-test': ['operation'],
  'x-ms-safe-operation': ['operation'],
  'x-ms-connector-metadata': ['root'],
  'x-ms-docs': ['root'],
  'x-ms-deployment-version': ['info'],
  // Newer than the 2020 schema, used by recently certified connectors (Copilot / AI plugin and search metadata).
  'x-ms-openai-data': ['root', 'operation'],
  'x-ms-openai-manifest': ['root'],
  'x-ms-keywords': ['info'],
};

/** AutoRest (SDK generator) extensions: valid elsewhere, ignored by the Power Platform. */
export const AUTOREST_EXTENSIONS = new Set([
  'x-ms-enum',
  'x-ms-parameter-location',
  'x-ms-skip-url-encoding',
  'x-ms-client-name',
  'x-ms-client-flatten',
  'x-ms-client-default',
  'x-ms-client-request-id',
  'x-ms-parameter-grouping',
  'x-ms-parameterized-host',
  'x-ms-paths',
  'x-ms-examples',
  'x-ms-external',
  'x-ms-discriminator-value',
  'x-ms-azure-resource',
  'x-ms-mutability',
  'x-ms-long-running-operation',
  'x-ms-long-running-operation-options',
  'x-ms-odata',
  'x-ms-error-response',
  'x-ms-secret',
  'x-ms-identifiers',
  'x-ms-code-generation-settings',
  'x-ms-header-collection-prefix',
  'x-ms-text',
]);

export function isPlatformExtension(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(PLATFORM_EXTENSIONS, key);
}

const normalize = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');
const NORMALIZED = new Map(Object.keys(PLATFORM_EXTENSIONS).map((name) => [normalize(name), name]));
/** Swagger keywords people wrap in an x-ms- prefix by mistake ("x-ms-description"). */
const PREFIXED_KEYWORDS = ['description', 'title', 'default', 'example', 'format', 'pattern', 'required', 'enum'];

/**
 * The platform extension (or Swagger keyword) a mistyped key most likely means: same letters in another case or
 * with other separators, a known name followed by stray words, or at most two edits away. Undefined when nothing is
 * close.
 */
export function suggestExtension(key: string): string | undefined {
  // The same few keys recur across a document and the corpus: each is worked out once (bounded cache).
  if (suggestions.has(key)) return suggestions.get(key);
  if (suggestions.size > 5000) suggestions.clear();
  const suggestion = computeSuggestion(key);
  suggestions.set(key, suggestion);
  return suggestion;
}

const suggestions = new Map<string, string | undefined>();

function computeSuggestion(key: string): string | undefined {
  const norm = normalize(key);
  const same = NORMALIZED.get(norm);
  if (same) return same;
  const lower = key.toLowerCase();
  for (const name of NORMALIZED.values()) if (lower.startsWith(name) && /^\s/.test(key.slice(name.length))) return name;
  let best: string | undefined;
  let bestDistance = 3;
  for (const [candidate, name] of NORMALIZED) {
    const d = distance(norm, candidate);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  if (best) return best;
  const rest = lower.replace(/^x-ms-/, '');
  return rest !== lower && PREFIXED_KEYWORDS.includes(rest) ? rest : undefined;
}

export interface ExtensionUse {
  readonly key: string;
  readonly value: unknown;
  /** The object holding the key. */
  readonly owner: JsonObject;
  /** JSON path of `owner`. */
  readonly at: JsonPath;
  readonly position: Position;
}

/** An extension use whose path is built on first read: most uses are fine and never reported. */
class IndexedUse implements ExtensionUse {
  readonly value: unknown;
  readonly owner: JsonObject;
  constructor(
    readonly key: string,
    private readonly found: KeyedNode,
    readonly position: Position,
  ) {
    this.owner = found.node;
    this.value = found.node[key];
  }

  get at(): JsonPath {
    return this.found.at;
  }
}

/**
 * Every use of extension `key` where it is a keyword (not a property name or example data), in document order. Memoized
 * per document and key: callers share the list and must not change it.
 */
export function extensionUses(doc: unknown, key: string): readonly ExtensionUse[] {
  if (!isObject(doc)) return [];
  let byKey = keyUsesCache.get(doc);
  if (!byKey) keyUsesCache.set(doc, (byKey = new Map()));
  let uses = byKey.get(key);
  if (!uses) {
    uses = [];
    for (const found of nodesWithKey(doc, key)) {
      const position = positionOfNode(found);
      if (position) uses.push(new IndexedUse(key, found, position));
    }
    byKey.set(key, uses);
  }
  return uses;
}

const keyUsesCache = new WeakMap<object, Map<string, ExtensionUse[]>>();
const usesCache = new WeakMap<object, ExtensionUse[]>();

/**
 * Every `x-` key written where keywords go, in one list memoized per document. Other spellings (`X-…`, `x_…`) are
 * not extensions at all and are reported by the rules that check a Swagger object's keys.
 */
export function vendorKeyUses(doc: unknown): ExtensionUse[] {
  if (!isObject(doc)) return [];
  let cached = usesCache.get(doc);
  if (!cached) {
    cached = [];
    for (const key of allKeys(doc)) if (key.startsWith('x-')) cached.push(...extensionUses(doc, key));
    usesCache.set(doc, cached);
  }
  return cached;
}
