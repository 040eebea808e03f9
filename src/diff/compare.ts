import type { JsonPath } from '../engine/context';
import { toPointer } from '../engine/pointer';
import { compareFindings, type Finding } from '../model/finding';
import type { RuleMeta } from '../model/rule';
import type { SwaggerVersion } from './document';
import * as R from './rules';
import { isObject, modelOf, routeShape, type Field, type FieldTree, type Operation } from './swagger';

/** A place in one version of the swagger. */
export interface Place {
  file: string;
  path: JsonPath;
  pointer: string;
  line?: number;
  column?: number;
}

/** One breaking change, with its place in both versions (head absent when the whole operation is gone). */
export interface BreakingChange {
  rule: RuleMeta;
  /** What changed, without the places. */
  message: string;
  base?: Place;
  head?: Place;
  /** The place the finding points at: head when the changed item is still there, base when it was removed. */
  primary: 'base' | 'head';
  /** Keys (operationIds) of the operations concerned: several when the change is in a shared definition. */
  operations: string[];
}

export interface DiffOptions {
  /** Report only these rule ids. */
  rules?: ReadonlySet<string>;
}

/** Every breaking change from `base` to `head`, as findings of the breaking-* rules (sorted like lint findings). */
export function diffSwaggers(base: SwaggerVersion, head: SwaggerVersion, options: DiffOptions = {}): Finding[] {
  return breakingChanges(base, head)
    .filter((c) => !options.rules || options.rules.has(c.rule.id))
    .map(toFinding)
    .sort(compareFindings);
}

/** The breaking changes from `base` to `head`, keyed by operationId as Microsoft's change validator is. */
export function breakingChanges(base: SwaggerVersion, head: SwaggerVersion): BreakingChange[] {
  const differ = new Differ(base, head);
  differ.compareTitle();
  differ.compareSecurity();
  differ.compareOperations();
  return differ.changes;
}

/** The finding of a change: the primary place, and a message that names both places. */
export function toFinding(change: BreakingChange): Finding {
  const at = (change.primary === 'head' ? change.head : change.base) ?? change.head ?? change.base;
  const finding: Finding = {
    rule: change.rule.id,
    severity: change.rule.severity,
    file: at?.file ?? change.rule.file,
    message: `${change.message} base: ${describePlace(change.base)}; head: ${describePlace(change.head)}`,
    fix: change.rule.fix,
  };
  if (at) {
    finding.pointer = at.pointer;
    if (at.line !== undefined) {
      finding.line = at.line;
      finding.column = at.column;
    }
  }
  return finding;
}

/** `apiDefinition.swagger.json:120:9 /paths/~1items/get`, or `absent`. */
export function describePlace(place: Place | undefined): string {
  if (!place) return 'absent';
  const pointer = place.pointer === '' ? '(document root)' : place.pointer;
  return place.line !== undefined ? `${place.file}:${place.line}:${place.column ?? 1} ${pointer}` : `${place.file} ${pointer}`;
}

type Kind = 'input' | 'output';

interface Where {
  base?: JsonPath;
  head?: JsonPath;
  primary: 'base' | 'head';
}

/** A change to one field; the same field reached from several operations (a shared definition) is one change. */
interface FieldChange {
  rule: RuleMeta;
  kind: Kind;
  label: string;
  /** Said after the label: the parameter's location. */
  qualifier?: string;
  /** Finishes the sentence "The input "x" of operation "Y" …". */
  detail: string;
  where: Where;
  operations: Operation[];
}

class Differ {
  readonly changes: BreakingChange[] = [];
  private readonly fieldChanges = new Map<string, FieldChange>();

  constructor(
    private readonly base: SwaggerVersion,
    private readonly head: SwaggerVersion,
  ) {}

  private place(side: 'base' | 'head', path: JsonPath): Place {
    const version = side === 'base' ? this.base : this.head;
    const position = version.locate(path);
    return { file: version.file, path, pointer: toPointer(path), ...(position ?? {}) };
  }

  private add(rule: RuleMeta, message: string, where: Where, operations: Operation[] = []): void {
    this.changes.push({
      rule,
      message,
      base: where.base ? this.place('base', where.base) : undefined,
      head: where.head ? this.place('head', where.head) : undefined,
      primary: where.primary,
      operations: operations.map((op) => op.key),
    });
  }

  /**
   * Records a field change. The same change at the same place, reached from another operation or through another
   * $ref path (a shared definition), joins it: one finding per place, naming every operation.
   */
  private addField(rule: RuleMeta, kind: Kind, op: Operation, field: Field, detail: string, where: Where): void {
    const primary = where.primary === 'base' ? where.base : where.head;
    const key = [rule.id, kind, detail, where.primary, primary ? toPointer(primary) : ''].join('\u0000');
    const known = this.fieldChanges.get(key);
    if (known) {
      if (!known.operations.includes(op)) known.operations.push(op);
    } else this.fieldChanges.set(key, { rule, kind, label: field.label, qualifier: locationOf(field), detail, where, operations: [op] });
  }

  /** Turns the recorded field changes into changes (call once, after every comparison). */
  flushFieldChanges(): void {
    for (const change of this.fieldChanges.values()) {
      const ops = change.operations.map(name);
      const of = ops.length === 1 ? `operation ${ops[0]}` : `operations ${ops.slice(0, -1).join(', ')} and ${ops[ops.length - 1]}`;
      const qualifier = change.qualifier ? ` (${change.qualifier})` : '';
      this.add(change.rule, `The ${change.kind} "${change.label}"${qualifier} of ${of} ${change.detail}`, change.where, change.operations);
    }
    this.fieldChanges.clear();
  }

  compareTitle(): void {
    const before = stringAt(this.base.data, ['info', 'title']);
    if (before === undefined) return;
    const after = stringAt(this.head.data, ['info', 'title']);
    if (after === before) return;
    const message = after === undefined ? `The title "${before}" was removed.` : `The title changed from "${before}" to "${after}".`;
    this.add(R.TITLE_CHANGED, message, { base: ['info', 'title'], head: existing(this.head.data, ['info', 'title']), primary: 'head' });
  }

  compareSecurity(): void {
    const before = authenticationOf(this.base.data);
    const after = authenticationOf(this.head.data);
    if (sameSet(before, after)) return;
    const message = `The authentication changed from ${describeAuth(before)} to ${describeAuth(after)}; existing connections stop working.`;
    this.add(R.SECURITY_CHANGED, message, {
      base: existing(this.base.data, ['securityDefinitions']),
      head: existing(this.head.data, ['securityDefinitions']),
      primary: 'head',
    });
  }

  compareOperations(): void {
    const baseModel = modelOf(this.base.data);
    const headModel = modelOf(this.head.data);
    const added = headModel.list.filter((h) => !baseModel.operations.has(h.key));
    for (const before of baseModel.list) {
      let after = headModel.operations.get(before.key);
      // An operation without operationId is matched by its route (it may gain an operationId without being removed).
      if (!after && !before.operationId) after = added.find((h) => sameRoute(h, before));
      if (after) this.compareOperation(before, after);
      else this.operationRemoved(before, added.filter((h) => sameRoute(h, before)));
    }
    this.flushFieldChanges();
  }

  private operationRemoved(before: Operation, renamed: Operation[]): void {
    let message = `The operation ${name(before)} (${route(before)}) was removed; flows that use it break.`;
    if (renamed.length > 0) {
      const names = renamed.map(name).join(', ');
      message += ` It looks renamed: ${names} now has the same method and path, and a renamed operationId counts as a removed operation.`;
    }
    this.add(R.OPERATION_REMOVED, message, { base: before.at, head: renamed[0]?.at, primary: 'base' }, [before]);
  }

  private compareOperation(before: Operation, after: Operation): void {
    const ops = [after];
    if (routeShape(before.path) !== routeShape(after.path)) {
      const message = `The path of operation ${name(after)} changed from "${before.path}" to "${after.path}".`;
      this.add(R.OPERATION_PATH_CHANGED, message, { base: before.at, head: after.at, primary: 'head' }, ops);
    }
    if (before.method !== after.method) {
      const message = `The method of operation ${name(after)} changed from ${before.method.toUpperCase()} to ${after.method.toUpperCase()}.`;
      this.add(R.OPERATION_METHOD_CHANGED, message, { base: before.at, head: after.at, primary: 'head' }, ops);
    }
    if (before.trigger !== after.trigger) {
      const message = `The operation ${name(after)} changed from ${triggerKind(before.trigger)} to ${triggerKind(after.trigger)}.`;
      const where: Where = {
        base: keyOrNode(this.base.data, before.at, 'x-ms-trigger'),
        head: keyOrNode(this.head.data, after.at, 'x-ms-trigger'),
        primary: 'head',
      };
      this.add(R.TRIGGER_CHANGED, message, where, ops);
    }
    if (!isInternal(before.visibility) && isInternal(after.visibility)) {
      const was = before.visibility ?? 'visible';
      const message = `The operation ${name(after)} is now internal (was ${was}); users can no longer add it to flows or edit the steps that use it.`;
      const where: Where = { base: keyOrNode(this.base.data, before.at, 'x-ms-visibility'), head: [...after.at, 'x-ms-visibility'], primary: 'head' };
      this.add(R.VISIBILITY_INTERNAL, message, where, ops);
    }
    this.compareTrees('input', before, after, before.inputs, after.inputs);
    if (!before.output?.hasSchema) return;
    if (after.output?.hasSchema) {
      this.compareTrees('output', before, after, before.output, after.output);
      return;
    }
    const webhook = before.output.status === 'x-ms-notification-content';
    const response = webhook ? 'The notification (x-ms-notification-content)' : `The response ${before.output.status}`;
    const message = `${response} of operation ${name(after)} no longer has a schema; flows lose every output field.`;
    const where: Where = { base: [...before.output.at, 'schema'], head: after.output?.at ?? after.at, primary: 'base' };
    this.add(R.RESPONSE_PROPERTY_REMOVED, message, where, ops);
  }

  /** Compares the inputs (or the outputs) of one operation field by field, reporting each change at its topmost field. */
  private compareTrees(kind: Kind, beforeOp: Operation, afterOp: Operation, before: FieldTree, after: FieldTree): void {
    /** Base key → head field, for fields found in both versions. */
    const matched = new Map<string, Field>();
    const matchedHead = new Set<string>();
    /** Keys (of either version) below which nothing more is reported: already reported, or not comparable. */
    const quietBase = new Set<string>();
    const quietHead = new Set<string>();
    const absenceProvesNothing = before.truncated === true || after.truncated === true;

    for (const b of before.fields.values()) {
      if (b.parent !== undefined && quietBase.has(b.parent)) {
        quietBase.add(b.key);
        continue;
      }
      const a = after.fields.get(b.key);
      if (!a) {
        quietBase.add(b.key);
        const moved = kind === 'input' ? movedParameter(b, before, after) : undefined;
        if (moved) {
          matchedHead.add(moved.key);
          quietHead.add(moved.key);
          const detail = `moved from ${b.in} to ${moved.in}.`;
          this.addField(R.PARAMETER_LOCATION_CHANGED, kind, afterOp, { ...b, in: undefined }, detail, { base: b.at, head: moved.at, primary: 'head' });
        } else if (!absenceProvesNothing) {
          this.fieldRemoved(kind, afterOp, b, before, matched);
        }
        continue;
      }
      matched.set(b.key, a);
      matchedHead.add(a.key);
      const reported = kind === 'input' ? this.compareInput(afterOp, b, a) : this.compareOutput(afterOp, b, a);
      if (reported || b.opaque || a.opaque) {
        quietBase.add(b.key);
        quietHead.add(a.key);
      }
    }

    if (kind !== 'input' || absenceProvesNothing) return;
    const baseOf = new Map([...matched].map(([key, a]) => [a.key, before.fields.get(key)!]));
    // New inputs break existing flows when required: those flows cannot send them. Only the topmost new field counts.
    for (const a of after.fields.values()) {
      if (matchedHead.has(a.key)) continue;
      if (a.parent !== undefined && (!matchedHead.has(a.parent) || quietHead.has(a.parent))) continue;
      if (!a.required || filledAutomatically(a)) continue;
      const base = (a.parent !== undefined ? baseOf.get(a.parent)?.at : undefined) ?? operationParameters(this.base.data, beforeOp);
      const detail = 'is new and required; existing flows do not send it.';
      this.addField(R.REQUIRED_PARAMETER_ADDED, kind, afterOp, a, detail, { base, head: a.at, primary: 'head' });
    }
  }

  private fieldRemoved(kind: Kind, afterOp: Operation, b: Field, before: FieldTree, matched: Map<string, Field>): void {
    // Head points at the nearest ancestor that is still there.
    let headAt: JsonPath | undefined;
    for (let parent = b.parent; parent !== undefined && !headAt; parent = before.fields.get(parent)?.parent) {
      headAt = matched.get(parent)?.at;
    }
    if (kind === 'input') {
      const where: Where = { base: b.at, head: headAt ?? operationParameters(this.head.data, afterOp), primary: 'base' };
      this.addField(R.PARAMETER_REMOVED, kind, afterOp, b, 'was removed; existing flows lose the value they set.', where);
    } else {
      const where: Where = { base: b.at, head: headAt ?? afterOp.output?.at ?? afterOp.at, primary: 'base' };
      this.addField(R.RESPONSE_PROPERTY_REMOVED, kind, afterOp, b, 'was removed; flow steps that use it break.', where);
    }
  }

  /** Compares a field found in both versions as an input; true when a change was reported at it. */
  private compareInput(op: Operation, b: Field, a: Field): boolean {
    const where: Where = { base: b.at, head: a.at, primary: 'head' };
    const report = (rule: RuleMeta, detail: string) => this.addField(rule, 'input', op, a, detail, where);
    // integer to number widens what an input accepts: every value existing flows send stays valid.
    if (b.type && a.type && b.type !== a.type && !(b.type === 'integer' && a.type === 'number')) {
      report(R.PARAMETER_TYPE_CHANGED, `changed type from ${b.type} to ${a.type}.`);
      return true;
    }
    let reported = false;
    // A format that is dropped widens the input; one that appears or changes narrows it.
    if (a.format !== undefined && b.format !== a.format) {
      const detail = b.format === undefined ? `now has format ${a.format}; values existing flows send may not match it.` : `changed format from ${b.format} to ${a.format}.`;
      report(R.PARAMETER_TYPE_CHANGED, detail);
      reported = true;
    }
    if (!b.required && a.required && !filledAutomatically(a)) {
      report(R.REQUIRED_PARAMETER_ADDED, 'is now required; existing flows may not send it.');
      reported = true;
    }
    if (!b.enum && a.enum) {
      report(R.INPUT_ENUM_ADDED, `now only allows ${listValues(a.enum)}; existing flows may send other values.`);
      reported = true;
    } else if (b.enum && a.enum) {
      const removed = difference(b.enum, a.enum);
      if (removed.length > 0) {
        report(R.INPUT_ENUM_VALUE_REMOVED, `no longer allows ${listValues(removed)}.`);
        reported = true;
      }
    }
    if (!isInternal(b.visibility) && isInternal(a.visibility)) {
      report(R.VISIBILITY_INTERNAL, `is now internal (was ${b.visibility ?? 'visible'}); users can no longer see or change its value.`);
      reported = true;
    }
    return reported;
  }

  /** Compares a field found in both versions as an output; true when a change was reported at it. */
  private compareOutput(op: Operation, b: Field, a: Field): boolean {
    const report = (rule: RuleMeta, detail: string) => this.addField(rule, 'output', op, a, detail, { base: b.at, head: a.at, primary: 'head' });
    if (b.type && a.type && b.type !== a.type) {
      report(R.RESPONSE_TYPE_CHANGED, `changed type from ${b.type} to ${a.type}.`);
      return true;
    }
    if (b.format !== a.format) {
      report(R.RESPONSE_TYPE_CHANGED, `changed format from ${b.format ?? 'none'} to ${a.format ?? 'none'}.`);
      return true;
    }
    if (b.enum && a.enum) {
      const added = difference(a.enum, b.enum);
      if (added.length > 0) {
        report(R.OUTPUT_ENUM_VALUE_ADDED, `can now be ${listValues(added)}, which existing flows do not expect.`);
        return true;
      }
    }
    return false;
  }
}

/** The head parameter a base parameter moved to: same name, another location, not a parameter of base. */
function movedParameter(b: Field, before: FieldTree, after: FieldTree): Field | undefined {
  if (b.parent !== undefined || b.name === undefined) return undefined;
  for (const a of after.fields.values()) {
    if (a.parent === undefined && a.name === b.name && a.in !== b.in && !before.fields.has(a.key)) return a;
  }
  return undefined;
}

/** "query", "header"…: said of a parameter, not of a body property. */
function locationOf(field: Field): string | undefined {
  return field.parent === undefined ? field.in : undefined;
}

function sameRoute(a: Operation, b: Operation): boolean {
  return a.method === b.method && routeShape(a.path) === routeShape(b.path);
}

/** An internal input with a default value is sent by the designer itself: adding or requiring it breaks nothing. */
function filledAutomatically(field: Field): boolean {
  return isInternal(field.visibility) && field.hasDefault;
}

function isInternal(visibility: string | undefined): boolean {
  return visibility?.trim().toLowerCase() === 'internal';
}

function name(op: Operation): string {
  return op.operationId ? `"${op.operationId}"` : `${route(op)} (no operationId)`;
}

function route(op: Operation): string {
  return `${op.method.toUpperCase()} ${op.path}`;
}

function triggerKind(trigger: string | undefined): string {
  if (trigger === undefined) return 'an action';
  if (trigger === 'single' || trigger === 'batch') return `a ${trigger} trigger`;
  return `a trigger of type "${trigger}"`;
}

function stringAt(root: unknown, path: string[]): string | undefined {
  let current = root;
  for (const segment of path) current = isObject(current) ? current[segment] : undefined;
  return typeof current === 'string' ? current : undefined;
}

/** `path` when it exists in `root`, else its nearest existing ancestor. */
function existing(root: unknown, path: JsonPath): JsonPath {
  let current = root;
  const found: JsonPath = [];
  for (const segment of path) {
    let next: unknown;
    if (Array.isArray(current)) next = current[Number(segment)];
    else if (isObject(current) && Object.prototype.hasOwnProperty.call(current, segment)) next = current[String(segment)];
    if (next === undefined) break;
    found.push(segment);
    current = next;
  }
  return found;
}

/** The parameters array of an operation when it has one, else the operation. */
function operationParameters(root: unknown, op: Operation): JsonPath {
  const at = existing(root, [...op.at, 'parameters']);
  return at.length === op.at.length + 1 ? at : op.at;
}

/** The extension key of an operation when it is written there, else the operation. */
function keyOrNode(root: unknown, at: JsonPath, key: string): JsonPath {
  const here = existing(root, [...at, key]);
  return here && here.length === at.length + 1 ? here : at;
}

function listValues(values: unknown[]): string {
  const shown = values.slice(0, 8).map((v) => JSON.stringify(v));
  return shown.join(', ') + (values.length > 8 ? ` and ${values.length - 8} more` : '');
}

function difference(from: unknown[], without: unknown[]): unknown[] {
  const keep = new Set(without.map((v) => JSON.stringify(v)));
  return from.filter((v) => !keep.has(JSON.stringify(v)));
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** The authentication kinds a swagger declares: `oauth2/accessCode`, `apiKey/header`, `basic`. */
function authenticationOf(swagger: unknown): string[] {
  const definitions = isObject(swagger) ? swagger.securityDefinitions : undefined;
  const kinds = new Set<string>();
  if (isObject(definitions)) {
    for (const definition of Object.values(definitions)) {
      if (!isObject(definition) || typeof definition.type !== 'string') continue;
      if (definition.type === 'oauth2') kinds.add(`oauth2/${typeof definition.flow === 'string' ? definition.flow : '?'}`);
      else if (definition.type === 'apiKey') kinds.add(`apiKey/${typeof definition.in === 'string' ? definition.in : '?'}`);
      else kinds.add(definition.type);
    }
  }
  return [...kinds].sort();
}

function describeAuth(kinds: string[]): string {
  if (kinds.length === 0) return 'none';
  return kinds
    .map((k) => {
      const [type, detail] = k.split('/');
      if (type === 'oauth2') return `OAuth 2.0 (${detail} flow)`;
      if (type === 'apiKey') return `API key (in ${detail})`;
      if (type === 'basic') return 'basic authentication';
      return type;
    })
    .join(' and ');
}
