import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../pagination/page-args';

/** The `includeDrafts` argument of every list, search, timeline, network and path. */
export const INCLUDE_DRAFTS = [
  () => Boolean,
  {
    nullable: true,
    defaultValue: false,
    description: 'Whether to include the facts of articles whose annotation is still a machine draft (`Source.review: DRAFT`); left out when not given.',
  },
] as const;

/** A root list's paging, then `includeDrafts` (in the contract's order of arguments). */
@ArgsType()
export class DraftsPageArgs extends PageArgs {
  @Field(...INCLUDE_DRAFTS)
  includeDrafts?: boolean | null;
}
