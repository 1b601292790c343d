// placeholder until the cards stage lands
