/**
 * The story's scroll container, handed to the plugins that draw over the text (the findings
 * layer's badges are portalled into it and measured against it). RichEditor owns the element
 * through a ref and provides it here, so nothing has to find it by querying the DOM.
 */
import { createContext, useContext } from 'react';

export const StoryScrollerContext = createContext<HTMLElement | null>(null);

/** The scroll container of the story this plugin runs in (null until it is mounted). */
export function useStoryScroller(): HTMLElement | null {
  return useContext(StoryScrollerContext);
}
