/** The kinds of page furniture (its own module so that messages.ts and furniture.ts do not import each other). */
export type FurnitureKind =
  | 'loading'
  | 'font-size'
  | 'teaser'
  | 'share'
  | 'advert'
  | 'consent'
  | 'credit'
  /** a photo's caption or alt text */
  | 'caption'
  /** a name alone above the story: the reporter's, or the person in the photo */
  | 'label'
  /** a line above the paragraph that opens with the dateline (caption, byline, date or deck) */
  | 'above-dateline'
  | 'byline'
  | 'embed'
  | 'breadcrumb'
  | 'pagination'
  | 'tags'
  /** the story's headline repeated in its text */
  | 'headline'
  /** a time stamp, a reading time, a view count or an icon's label */
  | 'meta'
  /** on the desk's own list (desk-furniture.ts) */
  | 'desk';
