//! Calls of `random`, `time` and `itertools` functions: one runtime call
//! each (`runtime/src/random_ops.rs`, `time_ops.rs`, `itertools_ops.rs`).

use taipan_ir as ir;
use taipan_ir::{Op, Operand, RuntimeFn};
use taipan_types::hir::{ItertoolsFn, RandomFn, TimeFn, Ty};

use crate::{ir_type, FnLowerer};

impl FnLowerer<'_, '_> {
    /// A `random` function: `generator` is the `random.Random` object it
    /// draws from, or `None` for the module's hidden generator, which the
    /// runtime takes as the null object.
    pub(crate) fn random_call(&mut self, f: RandomFn, generator: Option<Operand>, args: Vec<Operand>, ty: Ty) -> Operand {
        let func = match f {
            RandomFn::New => return self.library_call(RuntimeFn::RandomNew, args, ty),
            RandomFn::NewEntropy => return self.library_call(RuntimeFn::RandomNewEntropy, args, ty),
            RandomFn::Seed => RuntimeFn::RandomSeed,
            RandomFn::SeedEntropy => RuntimeFn::RandomSeedEntropy,
            RandomFn::Random => RuntimeFn::RandomRandom,
            RandomFn::Getrandbits => RuntimeFn::RandomGetrandbits,
            RandomFn::RandrangeStop => RuntimeFn::RandomRandrangeStop,
            RandomFn::Randrange => RuntimeFn::RandomRandrange,
            RandomFn::Randint => RuntimeFn::RandomRandint,
            RandomFn::Uniform => RuntimeFn::RandomUniform,
            RandomFn::UniformInt => RuntimeFn::RandomUniformInt,
            RandomFn::Gauss => RuntimeFn::RandomGauss,
            RandomFn::Expovariate => RuntimeFn::RandomExpovariate,
            // The element, a new reference of the list's element type.
            RandomFn::Choice => RuntimeFn::RandomChoice,
            RandomFn::Shuffle => RuntimeFn::RandomShuffle,
            RandomFn::Sample => RuntimeFn::RandomSample,
            RandomFn::Choices => RuntimeFn::RandomChoices,
            RandomFn::ChoiceRange => RuntimeFn::RandomChoiceRange,
            RandomFn::SampleRange => RuntimeFn::RandomSampleRange,
            RandomFn::ChoicesRange => RuntimeFn::RandomChoicesRange,
            RandomFn::ChoicesWeighted => RuntimeFn::RandomChoicesWeighted,
        };
        let generator = generator.unwrap_or(Operand::Const(ir::Const::Null));
        self.library_call(func, std::iter::once(generator).chain(args).collect(), ty)
    }

    pub(crate) fn time_call(&mut self, f: TimeFn, args: Vec<Operand>, ty: Ty) -> Operand {
        let func = match f {
            TimeFn::Time => RuntimeFn::TimeTime,
            TimeFn::TimeNs => RuntimeFn::TimeTimeNs,
            TimeFn::PerfCounter => RuntimeFn::TimePerfCounter,
            TimeFn::PerfCounterNs => RuntimeFn::TimePerfCounterNs,
            TimeFn::ProcessTime => RuntimeFn::TimeProcessTime,
            TimeFn::Sleep => RuntimeFn::TimeSleep,
        };
        self.library_call(func, args, ty)
    }

    pub(crate) fn itertools_call(&mut self, f: ItertoolsFn, mut args: Vec<Operand>, ty: Ty) -> Operand {
        let func = match f {
            ItertoolsFn::Product => RuntimeFn::ItertoolsProduct,
            ItertoolsFn::Permutations => RuntimeFn::ItertoolsPermutations,
            ItertoolsFn::Combinations => RuntimeFn::ItertoolsCombinations,
            ItertoolsFn::CombinationsWithReplacement => RuntimeFn::ItertoolsCombinationsWr,
            ItertoolsFn::Accumulate => RuntimeFn::ItertoolsAccumulate,
            ItertoolsFn::Chain => {
                // The lists' element kind, for the result list.
                let elem = ty.iter_elem().unwrap_or(Ty::Int);
                args.push(crate::containers::kind_operand(crate::slot_kind(elem)));
                RuntimeFn::ItertoolsChain
            }
            ItertoolsFn::Pairwise => RuntimeFn::ItertoolsPairwise,
        };
        self.library_call(func, args, ty)
    }

    /// A runtime call giving a value of `ty`, or `None` for a function
    /// returning nothing.
    fn library_call(&mut self, func: RuntimeFn, args: Vec<Operand>, ty: Ty) -> Operand {
        if func.sig().ret.is_none() {
            self.b.emit(None, Op::CallRuntime { func, args });
            return Operand::Const(ir::Const::None);
        }
        self.runtime(func, args, ir_type(ty))
    }
}
