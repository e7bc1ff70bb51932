import {
  CustomFieldDefinitionChangesSchema,
  CustomFieldDefinitionInputSchema,
  type CustomFieldDefinition,
} from '../model/schemas.js';
import { ByIdSchema, EmptySchema, method, updateSchema } from './method.js';

// Custom fields per category: their definitions (the values live on the places).

const CustomFieldUpdateSchema = updateSchema(CustomFieldDefinitionChangesSchema);

export const fieldsApi = {
  listCustomFields: method<typeof EmptySchema, CustomFieldDefinition[]>('fields:list:query', EmptySchema),
  createCustomField: method<typeof CustomFieldDefinitionInputSchema, CustomFieldDefinition>(
    'fields:item:create',
    CustomFieldDefinitionInputSchema,
  ),
  updateCustomField: method<typeof CustomFieldUpdateSchema, CustomFieldDefinition>(
    'fields:item:update',
    CustomFieldUpdateSchema,
  ),
  deleteCustomField: method<typeof ByIdSchema, { id: number }>('fields:item:delete', ByIdSchema),
};
