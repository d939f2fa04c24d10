import { Args, Context, Field, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../../auth/access';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { RequirePermission, SignedIn } from '../../auth/policy.decorator';
import type { RequestContext } from '../../auth/request-context';
import type { Viewer } from '../../auth/viewer';
import { toCompletionRuleModel } from './completion.mapper';
import { CompletionRuleModel, TutorProgressModel } from './completion.model';
import { CompletionService } from './completion.service';
import {
  EditionArgs,
  PersonProgressArgs,
  ReinstateTutorInput,
  SetCompletionRuleInput,
  WithdrawTutorInput,
} from './dto/completion.input';
import { ProgressService } from './progress.service';

@ObjectType('CompletionRefresh')
class CompletionRefreshModel {
  @Field(() => Int) people!: number;
  @Field(() => Int, { description: 'How many statuses changed.' })
  changes!: number;
}

@Resolver()
export class CompletionResolver {
  constructor(
    private readonly service: CompletionService,
    private readonly progress: ProgressService,
  ) {}

  @SignedIn()
  @Query(() => CompletionRuleModel, {
    description: 'What "trained" means in the edition (the current one by default).',
  })
  async completionRule(@CurrentViewer() viewer: Viewer, @Args() args: EditionArgs): Promise<CompletionRuleModel> {
    const rule = await this.service.rule(await this.progress.editionId(args.editionId));
    return toCompletionRuleModel(rule, Access.isAdmin(viewer));
  }

  @RequirePermission('completionRule.set')
  @Mutation(() => CompletionRuleModel, {
    description: 'Sets the rule and recomputes everyone’s status in the same transaction.',
  })
  async setCompletionRule(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SetCompletionRuleInput,
    @Context() ctx: RequestContext,
  ): Promise<CompletionRuleModel> {
    return toCompletionRuleModel(await this.service.setRule(viewer, input, ctx.req.id), true);
  }

  @RequirePermission('completion.manage')
  @Mutation(() => CompletionRefreshModel, {
    description: 'Recomputes the edition’s completion now (the job does it every minute).',
  })
  async refreshCompletion(
    @CurrentViewer() viewer: Viewer,
    @Args() args: EditionArgs,
    @Context() ctx: RequestContext,
  ): Promise<CompletionRefreshModel> {
    return this.service.refreshEdition(viewer, await this.progress.editionId(args.editionId), ctx.req.id);
  }

  @SignedIn()
  @Query(() => TutorProgressModel, {
    nullable: true,
    description: 'The viewer’s own progress; null when they are not a tutor of the edition.',
  })
  myProgress(@CurrentViewer() viewer: Viewer, @Args() args: EditionArgs): Promise<TutorProgressModel | null> {
    return this.progress.ofPerson(viewer, viewer.personId, args.editionId);
  }

  @RequirePermission('progress.read')
  @Query(() => TutorProgressModel, {
    nullable: true,
    description: 'A tutor’s progress (the tutor, their partner, their coordinator or manager).',
  })
  tutorProgress(@CurrentViewer() viewer: Viewer, @Args() args: PersonProgressArgs): Promise<TutorProgressModel | null> {
    return this.progress.ofPerson(viewer, args.personId, args.editionId);
  }

  @RequirePermission('completion.manage')
  @Mutation(() => TutorProgressModel, {
    nullable: true,
    description: 'Records that a tutor left the edition: their status becomes WITHDRAWN.',
  })
  async withdrawTutor(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: WithdrawTutorInput,
    @Context() ctx: RequestContext,
  ): Promise<TutorProgressModel | null> {
    await this.service.withdraw(viewer, input.editionId, input.personId, input.reason, ctx.req.id);
    return this.progress.ofPerson(viewer, input.personId, input.editionId);
  }

  @RequirePermission('completion.manage')
  @Mutation(() => TutorProgressModel, {
    nullable: true,
    description: 'Takes a withdrawal back.',
  })
  async reinstateTutor(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ReinstateTutorInput,
    @Context() ctx: RequestContext,
  ): Promise<TutorProgressModel | null> {
    await this.service.reinstate(viewer, input.editionId, input.personId, ctx.req.id);
    return this.progress.ofPerson(viewer, input.personId, input.editionId);
  }
}
