import type { Page } from 'playwright-core';

// What assistive technology reads of a part of the page, from Chromium's own accessibility tree
// (the DevTools protocol): every control and image in it must have a name. A quick check of one
// part of the page; axe.ts runs axe-core's full rules over the whole page.

const NAMED_ROLES = new Set([
  'button',
  'checkbox',
  'combobox',
  'link',
  'listbox',
  'menuitem',
  'radio',
  'slider',
  'spinbutton',
  'switch',
  'tab',
  'textbox',
  'img',
  'dialog',
  'alertdialog',
]);

interface AxNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  backendDOMNodeId?: number;
}

/** The controls inside `selector` without an accessible name, as "role <html of the element>". */
export async function accessibilityProblems(page: Page, selector: string): Promise<string[]> {
  const client = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await client.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const problems: string[] = [];
    for (const node of nodes) {
      const role = node.role?.value ?? '';
      if (node.ignored || !NAMED_ROLES.has(role) || node.backendDOMNodeId === undefined) continue;
      if ((node.name?.value ?? '').trim() !== '') continue;
      const { object } = (await client.send('DOM.resolveNode', { backendNodeId: node.backendDOMNodeId })) as {
        object: { objectId?: string };
      };
      if (!object.objectId) continue;
      const { result } = (await client.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: `function (selector) {
          const container = document.querySelector(selector);
          return container && container.contains(this) ? this.outerHTML.slice(0, 160) : null;
        }`,
        arguments: [{ value: selector }],
        returnByValue: true,
      })) as { result: { value: string | null } };
      if (result.value) problems.push(`${role} ${result.value}`);
    }
    return problems;
  } finally {
    await client.detach();
  }
}
