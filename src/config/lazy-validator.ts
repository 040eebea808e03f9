import Ajv, { type ValidateFunction } from 'ajv';

export type Validator = ((data: unknown) => boolean) & { errors?: ValidateFunction['errors'] };

/**
 * A JSON Schema validator compiled on first use: most runs have no configuration or ignore file, and compiling costs
 * more than the rest of the command's start.
 */
export function lazyValidator(schema: object): Validator {
  let compiled: ValidateFunction | undefined;
  const validate: Validator = (data) => {
    compiled ??= new Ajv({ allErrors: false }).compile(schema);
    const ok = compiled(data);
    validate.errors = compiled.errors;
    return ok;
  };
  return validate;
}
