#![allow(dead_code)]

pub mod ir_builder;
pub mod programs;
pub mod runner;
