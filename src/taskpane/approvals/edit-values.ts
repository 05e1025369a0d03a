/**
 * Card edits are text boxes; arguments are typed. These convert an argument to the text the box shows and the
 * user's text back to the argument's type (the agent validates the result with the tool's schema again).
 */

type AddressLike = { address?: unknown; name?: unknown };

function isAddressList(value: unknown): value is AddressLike[] {
  return (
    Array.isArray(value) &&
    value.every((entry) => entry !== null && typeof entry === 'object' && 'address' in entry)
  );
}

export function toEditText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((entry) => typeof entry === 'string')) return value.join(', ');
  if (isAddressList(value)) return value.map((entry) => String(entry.address)).join(', ');
  return JSON.stringify(value);
}

const LIST_SEPARATOR = /[,;\n]/u;

export function fromEditText(text: string, original: unknown): unknown {
  if (typeof original === 'number') {
    const parsed = Number(text);
    return Number.isFinite(parsed) ? parsed : text;
  }
  if (typeof original === 'boolean') return text.trim().toLowerCase() === 'true';
  const items = () =>
    text
      .split(LIST_SEPARATOR)
      .map((part) => part.trim())
      .filter((part) => part !== '');
  if (Array.isArray(original) && original.every((entry) => typeof entry === 'string')) return items();
  if (isAddressList(original)) {
    // Keep names of addresses the user left in place; new addresses get none.
    const names = new Map(original.map((entry) => [String(entry.address).toLowerCase(), entry.name]));
    return items().map((address) => {
      const name = names.get(address.toLowerCase());
      return name === undefined ? { address } : { address, name };
    });
  }
  if (original !== null && typeof original === 'object') {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

/** Only the arguments the user changed, typed back. */
export function changedArguments(
  drafts: Readonly<Record<string, string>>,
  args: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(drafts)) {
    if (text === toEditText(args[name])) continue;
    changed[name] = fromEditText(text, args[name]);
  }
  return changed;
}
