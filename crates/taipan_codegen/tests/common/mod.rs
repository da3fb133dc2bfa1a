#![allow(dead_code)]

pub mod clif_text;
pub mod ir_builder;
pub mod object_programs;
pub mod programs;
pub mod runner;
