// Prints data_dir() as a program sees it from where it lies: the install
// tests copy it beside an installed deckpress.
#include <iostream>

#include "support/data_dir.h"

int main() { std::cout << deckpress::data_dir().string() << "\n"; }
