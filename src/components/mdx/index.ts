/** Components every FAQ can use without importing them (passed to <Content components>). */
import FaqLink from './FaqLink.astro';
import Figure from './Figure.astro';
import MenuPath from './MenuPath.astro';
import Note from './Note.astro';
import Steps from './Steps.astro';
import Tab from './Tab.astro';
import Tabs from './Tabs.astro';

export const mdxComponents = { FaqLink, Figure, MenuPath, Note, Steps, Tab, Tabs };
