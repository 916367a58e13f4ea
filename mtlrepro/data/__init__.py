"Dataset code: the synthetic benchmark and the real NYUv2/CityScapes data in the MTAN authors' .npy layout."
