/** Components every FAQ can use without importing them. */
import type { MdxComponent } from '../../lib/mdx/render-mdx.ts';
import { FaqLink } from './FaqLink.ts';
import { Figure } from './Figure.ts';
import { MenuPath } from './MenuPath.ts';
import { Note } from './Note.ts';
import { Steps } from './Steps.ts';
import { Tab, Tabs } from './Tabs.ts';

export const mdxComponents: Record<string, MdxComponent> = { FaqLink, Figure, MenuPath, Note, Steps, Tab, Tabs };
