import { expect } from 'chai';
import { swaggerFromText, type SwaggerVersion } from '../../src/diff/document';
import { diffSwaggers } from '../../src/diff/compare';
import type { Finding } from '../../src/model/finding';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** A small connector swagger that every breaking-change test starts from (a fresh copy each call). */
export function baseSwagger(): Json {
  return {
    swagger: '2.0',
    info: { title: 'Contoso Tasks', description: 'Keeps the tasks of a team in one place.', version: '1.0' },
    host: 'api.contoso.com',
    basePath: '/v1',
    schemes: ['https'],
    paths: {
      '/tasks': {
        get: {
          operationId: 'ListTasks',
          summary: 'List tasks',
          description: 'Lists the tasks.',
          parameters: [
            { name: 'status', in: 'query', required: false, type: 'string', enum: ['open', 'done'], 'x-ms-summary': 'Status', description: 'Only tasks with this status.' },
            { name: 'top', in: 'query', required: false, type: 'integer', format: 'int32', 'x-ms-summary': 'Top', description: 'How many tasks.' },
            { name: 'owner', in: 'query', required: false, type: 'string', 'x-ms-summary': 'Owner', description: 'Only tasks of this owner.' },
          ],
          responses: {
            '200': { description: 'The tasks.', schema: { type: 'array', items: { $ref: '#/definitions/Task' } } },
            default: { description: 'The request failed.' },
          },
        },
        post: {
          operationId: 'CreateTask',
          summary: 'Create a task',
          description: 'Creates a task.',
          parameters: [
            {
              name: 'body',
              in: 'body',
              required: true,
              schema: {
                type: 'object',
                required: ['title'],
                properties: {
                  title: { type: 'string', description: 'What needs to be done.' },
                  due: { type: 'string', format: 'date-time', description: 'When it is due.' },
                  labels: { type: 'array', items: { type: 'string' }, description: 'Labels.' },
                },
              },
            },
          ],
          responses: { '201': { description: 'The task.', schema: { $ref: '#/definitions/Task' } } },
        },
      },
      '/tasks/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, type: 'string', 'x-ms-summary': 'Task ID', description: 'The task.' }],
        get: {
          operationId: 'GetTask',
          summary: 'Get a task',
          description: 'Gets one task.',
          'x-ms-visibility': 'important',
          responses: { '200': { description: 'The task.', schema: { $ref: '#/definitions/Task' } } },
        },
        delete: {
          operationId: 'DeleteTask',
          summary: 'Delete a task',
          description: 'Deletes one task.',
          parameters: [{ $ref: '#/parameters/Reason' }],
          responses: { '204': { description: 'Deleted.' } },
        },
      },
      '/hooks/assigned': {
        'x-ms-notification-content': { description: 'A task.', schema: { $ref: '#/definitions/Task' } },
        post: {
          operationId: 'OnTaskAssigned',
          summary: 'When a task is assigned',
          description: 'Triggers when a task is assigned.',
          'x-ms-trigger': 'single',
          parameters: [{ name: 'body', in: 'body', required: true, schema: { type: 'object', properties: { callbackUrl: { type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal' } }, required: ['callbackUrl'] } }],
          responses: { '201': { description: 'Subscribed.' } },
        },
      },
    },
    parameters: {
      Reason: { name: 'reason', in: 'query', required: false, type: 'string', 'x-ms-summary': 'Reason', description: 'Why it is deleted.' },
    },
    definitions: {
      Task: {
        type: 'object',
        properties: {
          id: { type: 'string', description: 'The id.' },
          title: { type: 'string', description: 'The title.' },
          status: { type: 'string', enum: ['open', 'done'], description: 'The status.' },
          due: { type: 'string', format: 'date-time', description: 'When it is due.' },
          owner: { $ref: '#/definitions/Person' },
          parent: { $ref: '#/definitions/Task' },
        },
      },
      Person: {
        type: 'object',
        properties: {
          name: { type: 'string', description: 'The name.' },
          email: { type: 'string', format: 'email', description: 'The e-mail address.' },
        },
      },
    },
    securityDefinitions: {
      oauth2_auth: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://login.contoso.com/authorize', tokenUrl: 'https://login.contoso.com/token', scopes: {} },
    },
  };
}

export interface DiffCase {
  findings: Finding[];
  baseText: string;
  headText: string;
}

function version(doc: Json): { text: string; version: SwaggerVersion } {
  const text = JSON.stringify(doc, null, 2) + '\n';
  const parsed = swaggerFromText(text);
  if (!parsed.version) throw new Error(`test swagger does not parse: ${parsed.problem.message}`);
  return { text, version: parsed.version };
}

/** Diffs the base swagger against a head made by `edit` (applied to a copy); `editBase` changes the base first. */
export function diffCase(edit: (head: Json) => void, editBase?: (base: Json) => void): DiffCase {
  const baseDoc = baseSwagger();
  editBase?.(baseDoc);
  const headDoc = JSON.parse(JSON.stringify(baseDoc));
  edit(headDoc);
  const base = version(baseDoc);
  const head = version(headDoc);
  return { findings: diffSwaggers(base.version, head.version), baseText: base.text, headText: head.text };
}

/**
 * 1-based line of the last needle, each needle searched after the previous one: `lineOf(text, '"/tasks": {', '"get": {')`.
 * Independent of the parser, so tests check positions against the text itself.
 */
export function lineOf(text: string, ...needles: string[]): number {
  let offset = 0;
  let found = -1;
  for (const needle of needles) {
    found = text.indexOf(needle, offset);
    expect(found, `"${needle}" not found in the test document`).to.be.greaterThan(-1);
    offset = found + needle.length;
  }
  return text.slice(0, found).split('\n').length;
}

/** Only the findings of one rule. */
export function only(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}
