/** An element with attributes and children (text is set as text, never parsed as HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** A person or an organisation as the pages ask for them: `... on Person { name } ... on Organisation { name }`. */
export interface Named {
  readonly name?: string;
}

export function actorName(actor: Named): string {
  return actor.name ?? 'unnamed';
}
