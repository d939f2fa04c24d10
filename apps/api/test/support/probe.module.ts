import { Module } from '@nestjs/common';
import { Field, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../../src/auth/policy.decorator';

/** Test-only operations that provoke what real operations must never do on purpose. */
@ObjectType()
export class ProbeNode {
  @Field() name!: string;
}

@Resolver(() => ProbeNode)
export class ProbeResolver {
  @Public()
  @Query(() => String)
  probeCrash(): string {
    throw new Error('relation "secret_table" does not exist: SELECT password_hash FROM person');
  }

  // Deliberately no policy decorator: the global guard must refuse it.
  @Query(() => String)
  probeUndeclared(): string {
    return 'should never be returned';
  }

  @Public()
  @Query(() => ProbeNode)
  probeNode(): ProbeNode {
    return { name: 'root' };
  }

  @ResolveField(() => ProbeNode)
  child(): ProbeNode {
    return { name: 'child' };
  }
}

@Module({ providers: [ProbeResolver] })
export class ProbeModule {}
