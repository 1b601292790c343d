// placeholder until the anki stage lands
