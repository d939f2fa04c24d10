import { Module } from '@nestjs/common';
import { ReferenceRepository } from './reference.repository';
import { ReferenceResolver } from './reference.resolver';
import { ReferenceService } from './reference.service';

@Module({ providers: [ReferenceRepository, ReferenceService, ReferenceResolver], exports: [ReferenceService] })
export class ReferenceModule {}
