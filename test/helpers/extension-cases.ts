/**
 * Valid extension set-ups added to the verified good fixture (Contoso Tasks), shared by the extension rule tests: each
 * test adds one, checks it stays clean, then breaks one thing. Edits mutate the parsed swagger in place.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** POST /hooks (OnTaskAssigned): a webhook trigger with an internal, required callback URL and a payload schema. */
export function addWebhook(s: Json): void {
  s.paths['/hooks'] = {
    'x-ms-notification-content': { description: 'The task that was assigned.', schema: { $ref: '#/definitions/Task' } },
    post: {
      operationId: 'OnTaskAssigned',
      summary: 'When a task is assigned',
      description: 'This operation triggers when a task is assigned to the user.',
      'x-ms-trigger': 'single',
      parameters: [
        {
          name: 'body',
          in: 'body',
          required: true,
          schema: {
            type: 'object',
            required: ['callbackUrl'],
            properties: {
              callbackUrl: { type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal', description: 'The callback URL.' },
            },
          },
        },
      ],
      responses: { '201': { description: 'The subscription was created.' } },
    },
  };
}

/**
 * GET /projects (ListProjects, internal): a helper returning {value: [{id, name}]} for a required "workspace" query
 * parameter, and a "project" body property of CreateTask that lists them (v1 and v2 extensions, referencing the
 * sibling body property "workspace").
 */
export function addProjectList(s: Json): void {
  s.paths['/projects'] = {
    get: {
      operationId: 'ListProjects',
      summary: 'List projects',
      description: 'Lists the projects of a workspace.',
      'x-ms-visibility': 'internal',
      parameters: [{ name: 'workspace', in: 'query', required: true, type: 'string', 'x-ms-summary': 'Workspace', description: 'The workspace.' }],
      responses: {
        '200': {
          description: 'The projects.',
          schema: {
            type: 'object',
            properties: {
              value: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } } },
            },
          },
        },
      },
    },
  };
  const body = s.paths['/tasks'].post.parameters[0].schema;
  body.required.push('workspace');
  body.properties.workspace = { type: 'string', 'x-ms-summary': 'Workspace', description: 'The workspace of the task.' };
  body.properties.project = {
    type: 'string',
    'x-ms-summary': 'Project',
    description: 'The project of the task.',
    'x-ms-dynamic-values': {
      operationId: 'ListProjects',
      'value-collection': 'value',
      'value-path': 'id',
      'value-title': 'name',
      parameters: { workspace: { parameter: 'workspace' } },
    },
    'x-ms-dynamic-list': {
      operationId: 'ListProjects',
      itemsPath: 'value',
      itemValuePath: 'id',
      itemTitlePath: 'name',
      parameters: { workspace: { parameterReference: 'body/workspace' } },
    },
  };
}

/** The "project" property added by addProjectList. */
export function project(s: Json): Json {
  return s.paths['/tasks'].post.parameters[0].schema.properties.project;
}

/**
 * GET /tasks/schema (GetTaskSchema, internal) returning {schema: {...}}, and a "fields" object on CreateTask's body
 * whose schema comes from it (x-ms-dynamic-schema with its x-ms-dynamic-properties companion).
 */
export function addDynamicFields(s: Json): void {
  s.paths['/tasks/schema'] = {
    get: {
      operationId: 'GetTaskSchema',
      summary: 'Get the task schema',
      description: 'Gets the custom fields of a workspace as a schema.',
      'x-ms-visibility': 'internal',
      parameters: [{ name: 'workspace', in: 'query', required: true, type: 'string', 'x-ms-summary': 'Workspace', description: 'The workspace.' }],
      responses: { '200': { description: 'The schema.', schema: { type: 'object', properties: { schema: { type: 'object' } } } } },
    },
  };
  const body = s.paths['/tasks'].post.parameters[0].schema;
  body.required.push('workspace');
  body.properties.workspace = { type: 'string', 'x-ms-summary': 'Workspace', description: 'The workspace of the task.' };
  body.properties.fields = {
    type: 'object',
    'x-ms-dynamic-schema': { operationId: 'GetTaskSchema', parameters: { workspace: { parameter: 'workspace' } }, 'value-path': 'schema' },
    'x-ms-dynamic-properties': { operationId: 'GetTaskSchema', parameters: { workspace: { parameterReference: 'body/workspace' } }, itemValuePath: 'schema' },
  };
}

/** The "fields" property added by addDynamicFields. */
export function fields(s: Json): Json {
  return s.paths['/tasks'].post.parameters[0].schema.properties.fields;
}

/** JSON pointer prefix of CreateTask's body schema properties. */
export const BODY = '/paths/~1tasks/post/parameters/0/schema/properties';

/** A "folder" query parameter on ListTasks picked through x-ms-dynamic-tree (open and browse call ListProjects). */
export function addFolderTree(s: Json): void {
  addProjectList(s);
  const node = { operationId: 'ListProjects', itemsPath: 'value', itemValuePath: 'id', itemTitlePath: 'name', itemIsParent: 'true' };
  s.paths['/tasks'].get.parameters.push({
    name: 'folder',
    in: 'query',
    type: 'string',
    'x-ms-summary': 'Folder',
    description: 'Only return tasks in this folder.',
    'x-ms-dynamic-tree': {
      settings: { canSelectParentNodes: true, canSelectLeafNodes: false },
      open: { ...node, parameters: { workspace: { value: 'main' } } },
      browse: { ...node, parameters: { workspace: { selectedItemValuePath: 'id' } } },
    },
  });
}

/** JSON pointer of the folder parameter's x-ms-dynamic-tree. */
export const TREE = '/paths/~1tasks/get/parameters/1/x-ms-dynamic-tree';
