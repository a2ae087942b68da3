/** The components every FAQ can use without importing them (`<Content components={mdxComponents} />`). */
import FaqLink from './FaqLink.astro';
import Figure from './Figure.astro';
import MenuPath from './MenuPath.astro';
import Note from './Note.astro';
import Steps from './Steps.astro';
import Tab from './Tab.astro';
import Tabs from './Tabs.astro';
import type { WriterComponentName } from './props.ts';

export const mdxComponents = { FaqLink, Figure, MenuPath, Note, Steps, Tab, Tabs } satisfies Record<WriterComponentName, unknown>;
