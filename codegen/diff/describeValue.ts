/**
 * Short human text for raw-shaped values in changelogs and history listings:
 * `{Category:'Enum', Name:'PageType'}` → `PageType`, a parameter list → `(page: PageType, n: int = 1)`,
 * capabilities → `[Network]`. Pure functions over the JSON shapes a Change carries.
 */
import { ROOT_SUPERCLASS } from '../dump/types.js';

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

export function typeText(value: unknown): string {
  return isRecord(value) && typeof value.Name === 'string' ? value.Name : JSON.stringify(value);
}

export function parametersText(value: unknown): string {
  if (!Array.isArray(value)) return '()';
  const parts = value.map((parameter: unknown) => {
    if (!isRecord(parameter)) return JSON.stringify(parameter);
    const base = `${String(parameter.Name)}: ${typeText(parameter.Type)}`;
    return parameter.Default === undefined ? base : `${base} = ${String(parameter.Default)}`;
  });
  return `(${parts.join(', ')})`;
}

export function returnTypeText(value: unknown): string {
  return Array.isArray(value) ? `(${value.map(typeText).join(', ')})` : typeText(value);
}

export function listText(value: unknown): string {
  return Array.isArray(value) ? `[${value.map(String).join(', ')}]` : '[]';
}

export function capabilitiesText(value: unknown): string {
  if (value === undefined) return 'none';
  if (isRecord(value)) return `read ${listText(value.Read)}, write ${listText(value.Write)}`;
  return listText(value);
}

export function serializationText(value: unknown): string {
  if (!isRecord(value)) return JSON.stringify(value);
  if (value.CanLoad === true && value.CanSave === true) return 'loaded and saved';
  if (value.CanLoad === true) return 'loaded only';
  if (value.CanSave === true) return 'saved only';
  return 'not serialized';
}

/** Text of a field value as `from`/`to` of a change of `field`. */
export function fieldValueText(field: string, value: unknown): string {
  if (value === undefined) return 'none';
  switch (field) {
    case 'Superclass':
      return value === ROOT_SUPERCLASS ? 'none (a root class)' : String(value);
    case 'ValueType':
      return typeText(value);
    case 'ReturnType':
      return returnTypeText(value);
    case 'Parameters':
      return parametersText(value);
    case 'Capabilities':
      return capabilitiesText(value);
    case 'Capabilities.Read':
    case 'Capabilities.Write':
    case 'LegacyNames':
    case 'TagOrder':
      return listText(value);
    case 'Serialization':
      return serializationText(value);
    case 'PreferredDescriptor':
      return isRecord(value) ? String(value.PreferredDescriptorName) : JSON.stringify(value);
    case 'Default':
      return JSON.stringify(value);
    default:
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  }
}

/** The words a changelog uses for a field: `the security`, `ThreadSafety` (tracker wording). */
export function fieldLabel(field: string): string {
  const labels: Record<string, string> = {
    Superclass: 'the superclass',
    MemoryCategory: 'the memory category',
    ValueType: 'the value type',
    Parameters: 'the parameters',
    ReturnType: 'the return type',
    Category: 'the category',
    Default: 'the default',
    Serialization: 'the serialization',
    Security: 'the security',
    'Security.Read': 'the read security',
    'Security.Write': 'the write security',
    ThreadSafety: 'ThreadSafety',
    Capabilities: 'the capabilities',
    'Capabilities.Read': 'the read capabilities',
    'Capabilities.Write': 'the write capabilities',
    TagOrder: 'the tag order',
    PreferredDescriptor: 'the preferred descriptor',
    Value: 'the value',
    LegacyNames: 'the legacy names',
  };
  return labels[field] ?? `the ${field}`;
}

/** What follows the path of an added entity: a signature, a type, a value, and its tags. */
export function addedDetail(kind: string, raw: unknown): string {
  if (!isRecord(raw)) return '';
  const tags = Array.isArray(raw.Tags) ? raw.Tags.filter((tag): tag is string => typeof tag === 'string') : [];
  const tagText = tags.length > 0 ? ` [${tags.join(', ')}]` : '';
  switch (kind) {
    case 'Class':
      return raw.Superclass === ROOT_SUPERCLASS ? ` (a root class)${tagText}` : ` : ${String(raw.Superclass)}${tagText}`;
    case 'Property':
      return `: ${typeText(raw.ValueType)}${tagText}`;
    case 'Function':
    case 'Callback':
      return ` ${parametersText(raw.Parameters)} -> ${returnTypeText(raw.ReturnType)}${tagText}`;
    case 'Event':
      return ` ${parametersText(raw.Parameters)}${tagText}`;
    case 'EnumItem':
      return ` : ${String(raw.Value)}${tagText}`;
    default:
      return tagText;
  }
}
