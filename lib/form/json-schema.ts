import { z } from 'zod';
import { formDefinitionSchema } from './schema';

/** The JSON Schema (draft 2020-12) of what an author writes: the input side of the definition schema. */
export function definitionJsonSchema() {
  return {
    ...z.toJSONSchema(formDefinitionSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://conforme.example/schema/form-definition.json',
    title: 'Conforme form definition',
  };
}
