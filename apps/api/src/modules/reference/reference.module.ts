import { Module } from '@nestjs/common';
import { ReferenceResolver } from './reference.resolver';
import { ReferenceService } from './reference.service';

@Module({ providers: [ReferenceService, ReferenceResolver] })
export class ReferenceModule {}
